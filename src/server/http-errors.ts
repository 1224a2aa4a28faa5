/**
 * How errors leave the server: a stable code, a one-line message and an HTTP status. User input
 * problems are 4xx with the library's own CounterweightError code; our own bugs are a bare 500.
 */
import { isCounterweightError, type ErrorCode } from "../core/index.ts";

/** The library's codes plus those only the HTTP layer can produce. */
export type ApiErrorCode = ErrorCode | "UNAUTHORIZED" | "METHOD_NOT_ALLOWED" | "RATE_LIMITED";

export interface ApiError {
  status: 400 | 401 | 404 | 405 | 413 | 415 | 422 | 429 | 500 | 503;
  code: ApiErrorCode;
  message: string;
}

const STATUS: Record<ErrorCode, ApiError["status"]> = {
  USAGE: 400,
  NOT_FOUND: 404,
  UNREADABLE: 422,
  EMPTY_INPUT: 422,
  UNSUPPORTED_TYPE: 415,
  CORRUPT_FILE: 422,
  TOO_LARGE: 413,
  TEXT_TOO_LONG: 413,
  ARCHIVE_TOO_LARGE: 413,
  ARCHIVE_TOO_MANY_ENTRIES: 413,
  ENTITY_EXPANSION: 422,
  TOO_MANY_PAGES: 413,
  TOO_DEEP: 422,
  UNDECODABLE: 422,
  TIME_BUDGET: 422,
  UNSUPPORTED_LANGUAGE: 422,
  MODEL_MISMATCH: 500,
  INTERNAL: 500,
};

/** Maps anything thrown to the error the client sees; internal details never leave the server. */
export function toApiError(error: unknown): ApiError {
  if (isCounterweightError(error) && error.userFault) {
    return { status: STATUS[error.code], code: error.code, message: oneLine(error.message) };
  }
  if (isCounterweightError(error) && error.mayBeTransient) {
    return {
      status: 503,
      code: error.code,
      message: "The server is busy or restarting; please try again in a moment.",
    };
  }
  return {
    status: 500,
    code: "INTERNAL",
    message: "Something went wrong on our side; the error has been logged. Please try again later.",
  };
}

export function apiError(status: ApiError["status"], code: ApiErrorCode, message: string): ApiError {
  return { status, code, message };
}

/** The JSON body of an error response. */
export function errorBody(error: ApiError) {
  return { error: { code: error.code, message: error.message } };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
