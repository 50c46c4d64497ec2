// Waits until the corpus index has not changed for a while: files other tests wrote or deleted may
// still be coming through the file watcher, and each one refreshes the views.
import type { PolicyAnnotatorApi } from '../../../src/policyAnnotatorApi';
import { waitFor } from './waitFor';

export async function indexAtRest(api: PolicyAnnotatorApi, quietMs = 1_000): Promise<void> {
  let last = Date.now();
  const listening = api.corpus.onDidChange(() => {
    last = Date.now();
  });
  try {
    await waitFor(
      () => Date.now() - last >= quietMs && api.corpus.loading.busy === false,
      60_000,
      `the index is at rest for ${quietMs} ms`,
    );
  } finally {
    listening.dispose();
  }
}
