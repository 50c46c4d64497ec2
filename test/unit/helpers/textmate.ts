// Tokenises text with the project's TextMate grammars the way VS Code does (vscode-textmate on the
// Oniguruma WebAssembly build), for tests that assert the scopes of each construct.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../../..');
const GRAMMARS: Record<string, string> = {
  'text.policy': 'syntaxes/policy-text.tmLanguage.json',
  'text.policy.markdown-injection': 'syntaxes/policy-text.injection.json',
  // A small stand-in for VS Code's Markdown grammar with its scope names (paragraphs, headings,
  // fenced and inline code, links), so the injection selector is tested on the scopes it names.
  'text.html.markdown': 'test/fixtures/grammars/markdown-subset.tmLanguage.json',
};

export interface Token {
  text: string;
  scopes: string[];
}

let registry: Promise<textmate.Registry> | undefined;

function createRegistry(): Promise<textmate.Registry> {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  const onigLib = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  }));
  return Promise.resolve(
    new textmate.Registry({
      onigLib,
      loadGrammar: async (scopeName) => {
        const file = GRAMMARS[scopeName];
        return file ? textmate.parseRawGrammar(fs.readFileSync(path.join(ROOT, file), 'utf8'), file) : null;
      },
      getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? ['text.policy.markdown-injection'] : undefined),
    }),
  );
}

/** Tokens of every line of `text` (lines split on \n), in order. */
export async function tokenize(text: string, scopeName = 'text.policy'): Promise<Token[][]> {
  registry ??= createRegistry();
  const grammar = await (await registry).loadGrammar(scopeName);
  if (!grammar) throw new Error(`no grammar ${scopeName}`);
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The tokens of a text (all lines) that overlap the first occurrence of `needle`, with its line. */
export function tokensOf(lines: Token[][], needle: string): Token[] {
  for (const tokens of lines) {
    const line = tokens.map((t) => t.text).join('');
    const start = line.indexOf(needle);
    if (start < 0) continue;
    const out: Token[] = [];
    let offset = 0;
    for (const t of tokens) {
      if (offset < start + needle.length && offset + t.text.length > start) out.push(t);
      offset += t.text.length;
    }
    return out;
  }
  throw new Error(`"${needle}" is not in the text`);
}

/** True when every character of `needle` lies in a token with a scope starting with `scope`. */
export function isScoped(lines: Token[][], needle: string, scope: string): boolean {
  return tokensOf(lines, needle).every((t) => t.scopes.some((s) => s === scope || s.startsWith(`${scope}.`)));
}

/** Scopes (less the root) of the token at the start of `needle`, for messages. */
export function describe(lines: Token[][], needle: string): string {
  return tokensOf(lines, needle)
    .map((t) => `${JSON.stringify(t.text)}: ${t.scopes.slice(1).join(' ')}`)
    .join(' | ');
}
