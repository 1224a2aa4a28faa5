/**
 * The project's one error type. Every failure a user can meet carries a stable code,
 * a one-line message that says what to do, whether it is the user's input or the
 * system at fault, and whether trying again can help.
 */
export type ErrorCode =
  | "USAGE" // wrong command-line or API arguments
  | "NOT_FOUND" // the named file or folder does not exist
  | "UNREADABLE" // the file exists but cannot be read (permissions, a device, …)
  | "EMPTY_INPUT" // nothing to analyse
  | "UNSUPPORTED_TYPE" // a format Counterweight does not read (image, archive, binary)
  | "CORRUPT_FILE" // claims to be PDF/DOCX/… but cannot be parsed
  | "TOO_LARGE" // input bytes over the limit
  | "TEXT_TOO_LONG" // extracted text over the limit
  | "ARCHIVE_TOO_LARGE" // DOCX decompressed size over the limit (zip bomb)
  | "ARCHIVE_TOO_MANY_ENTRIES" // DOCX entry count over the limit
  | "ENTITY_EXPANSION" // XML entity declarations (billion laughs, external entities): always refused
  | "TOO_MANY_PAGES" // PDF page count over the limit
  | "TOO_DEEP" // HTML/XML nesting over the limit
  | "UNDECODABLE" // bytes that are not text in any encoding we read
  | "TIME_BUDGET" // analysis ran past its time budget
  | "UNSUPPORTED_LANGUAGE" // an agreement in a language Counterweight does not read
  | "MODEL_MISMATCH" // the model file has another format id or version
  | "INTERNAL"; // a bug: not the user's fault

export interface ErrorOptions {
  /** True when the input or arguments are at fault (exit code 2, HTTP 4xx). */
  userFault?: boolean;
  /** True when the same call may succeed later (network, lock, busy). */
  mayBeTransient?: boolean;
  cause?: unknown;
}

export class CounterweightError extends Error {
  readonly code: ErrorCode;
  readonly userFault: boolean;
  readonly mayBeTransient: boolean;

  constructor(code: ErrorCode, message: string, options: ErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CounterweightError";
    this.code = code;
    this.userFault = options.userFault ?? code !== "INTERNAL";
    this.mayBeTransient = options.mayBeTransient ?? false;
  }
}

/** Builds a user-fault error whose message names the input first, e.g. `terms.pdf: the PDF is damaged; …`. */
export function inputError(code: ErrorCode, inputName: string, message: string, cause?: unknown) {
  return new CounterweightError(code, `${inputName}: ${message}`, { userFault: true, cause });
}

export function isCounterweightError(error: unknown): error is CounterweightError {
  return error instanceof CounterweightError;
}

/** Formats a byte count for messages: 143 MB, 20 KB, 512 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}
