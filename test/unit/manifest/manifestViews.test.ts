import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { VIEW_CONTAINERS, VIEWS } from '../../../src/vscode/viewIds';

interface Manifest {
  contributes: {
    viewsContainers: Record<string, Array<{ id: string }>>;
    views: Record<string, Array<{ id: string }>>;
    viewsWelcome: Array<{ view: string }>;
    menus: Record<string, Array<{ when?: string }>>;
    walkthroughs: Array<{ steps: Array<{ completionEvents?: string[] }> }>;
  };
}

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as Manifest;
const { contributes } = manifest;
const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

describe('manifest views', () => {
  it('contributes exactly the view containers the code names', () => {
    const containers = Object.values(contributes.viewsContainers)
      .flat()
      .map((c) => c.id);
    assert.deepEqual(sorted(containers), sorted(Object.values(VIEW_CONTAINERS)));
    for (const container of Object.keys(contributes.views))
      assert.ok(containers.includes(container), `views of an unknown container ${container}`);
  });

  it('contributes exactly the views the code names', () => {
    const views = Object.values(contributes.views)
      .flat()
      .map((v) => v.id);
    assert.equal(new Set(views).size, views.length, 'each view once');
    assert.deepEqual(sorted(views), sorted(Object.values(VIEWS)));
  });

  it('refers only to those views from welcome views, menus and walkthroughs', () => {
    const known: readonly string[] = Object.values(VIEWS);
    const referenced = [
      ...contributes.viewsWelcome.map((w) => w.view),
      ...Object.values(contributes.menus)
        .flat()
        .flatMap((m) => [...(m.when ?? '').matchAll(/\bview == ([\w.]+)/g)].map((x) => x[1])),
      ...contributes.walkthroughs
        .flatMap((w) => w.steps)
        .flatMap((s) => s.completionEvents ?? [])
        .filter((e) => e.startsWith('onView:'))
        .map((e) => e.slice('onView:'.length)),
    ];
    assert.ok(referenced.length > 10);
    for (const id of referenced) assert.ok(known.includes(id), `${id} is not a contributed view`);
  });
});
