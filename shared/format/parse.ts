import { importError, type ImportError } from './result';

export type ParseResult = { ok: true; value: unknown } | { ok: false; error: ImportError };

/**
 * JSON.parse with errors people can act on: a file cut off in the middle (an interrupted
 * download or copy) is told apart from one that is broken, and both say where (line, column).
 * V8's parser is iterative, so deep nesting parses; the depth check comes right after.
 */
export function parseJson(text: string): ParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const end = text.trimEnd().length;
    const position = /position (\d+)/.exec(message);
    const at = position ? Number(position[1]) : null;
    // V8: "Unexpected end of JSON input", "Unterminated string in JSON at position N" (N = end);
    // Firefox: "unexpected end of data".
    const truncated = /end of (JSON input|data)/i.test(message) || (at !== null && at >= end);
    if (truncated) return { ok: false, error: importError('truncatedJson') };
    const { line, column } = at === null ? lineColumnFromMessage(message) : lineColumn(text, at);
    return { ok: false, error: importError('invalidJson', { line, column }) };
  }
}

function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: position - lineStart + 1 };
}

function lineColumnFromMessage(message: string): { line: number; column: number } {
  const m = /line (\d+) column (\d+)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : { line: 1, column: 1 };
}
