/** What check reports: problems (problems.ts) with their code, about one file of the feed each. */
import { problem, type Lang, type Problem, type ProblemCode, type ProblemInput } from '../problems.js';

/** check's own codes, and the size limits, which build reports too. */
export type CheckCode = Extract<ProblemCode, `check-${string}` | `file-${'too-large' | 'near-limit'}`>;

export interface Finding extends Problem {
  readonly code: CheckCode;
}

/** A response's Content-Type for a message: "no type" when there was none. */
export const typeShown = (type: string | null | undefined, lang: Lang): string => type || (lang === 'es' ? 'ningún tipo' : 'no type');

/** Collects findings in one language; the same finding about the same file is kept once. */
export class Findings {
  readonly list: Finding[] = [];
  readonly #seen = new Set<string>();

  constructor(readonly lang: Lang) {}

  add(code: CheckCode, input: ProblemInput): void {
    const finding: Finding = { code, ...problem(code, this.lang, input) };
    const key = `${code}\u0000${finding.file}\u0000${finding.field ?? ''}\u0000${finding.message}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.list.push(finding);
  }
}
