import { AppError, type TErrorDetail } from '../../errors/app-error';
import { importLimits } from './import-limits';

/** A problem with one line of an uploaded file (line numbers start at 1, as in an editor). */
export interface TLineProblem {
  line: number;
  message: string;
}

/** Collects the problems of a file: the first ones are kept to report, every one is counted. */
export class ProblemList {
  readonly kept: TLineProblem[] = [];
  count = 0;

  add(line: number, message: string): void {
    this.count += 1;
    if (this.kept.length < importLimits.maxReportedProblems) this.kept.push({ line, message });
  }

  get isEmpty(): boolean {
    return this.count === 0;
  }
}

/** The whole file is refused: nothing was written. Each problem names its line. */
export class ImportRejectedError extends AppError {
  constructor(problems: ProblemList) {
    const hidden = problems.count - problems.kept.length;
    const details: TErrorDetail[] = problems.kept.map((problem) => ({
      field: `line ${problem.line}`,
      message: problem.message,
    }));
    const summary = problems.kept
      .slice(0, 3)
      .map((problem) => `line ${problem.line}: ${problem.message}`)
      .join('; ');
    super(
      'import_rejected',
      `Nothing was imported: ${problems.count} ${problems.count === 1 ? 'row has a problem' : 'rows have problems'} (${summary}${problems.count > 3 ? '; …' : ''}). Fix ${problems.count === 1 ? 'it' : 'them'} and import the file again.${hidden > 0 ? ` ${hidden} more not listed.` : ''}`,
      422,
      true,
      details,
    );
  }
}

/** The file cannot be read at all (encoding, size, structure); nothing was written. */
export class UnreadableFileError extends AppError {
  constructor(message: string) {
    super('unreadable_file', message, 422);
  }
}
