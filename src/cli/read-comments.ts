/** One parsed input of a comments file, or why it could not be parsed. */
export type InputItem =
  | { readonly line: number; readonly value: unknown }
  | { readonly line: number; readonly parseError: string };

/**
 * Reads a comments file: a JSON array, a single JSON object (pretty-printed or not), or JSONL (one comment a line, blank lines
 * skipped). A JSONL line that is not JSON becomes a parse error at its line number, never dropped.
 *
 * @example
 * parseComments('{"id":"1","text":"a"}\nnot json') // [{ line: 1, value: {...} }, { line: 2, parseError: '…' }]
 */
export function parseComments(source: string): InputItem[] {
  const trimmed = source.trim();
  if (trimmed === '') return [];
  // One JSON document (an array, or one object even when pretty-printed); JSONL of two or more never parses whole.
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return Array.isArray(parsed) ? parsed.map((value, i) => ({ line: i + 1, value })) : [{ line: 1, value: parsed }];
    } catch {
      // Not one JSON document: read it as JSONL below.
    }
  }
  const items: InputItem[] = [];
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    try {
      items.push({ line: i + 1, value: JSON.parse(raw) as unknown });
    } catch (e) {
      items.push({ line: i + 1, parseError: `line ${i + 1} is not JSON (${(e as Error).message}); write one comment object per line` });
    }
  }
  return items;
}
