/**
 * Errors the fake raises. They carry a `code` like OfficeExtension.Error does, so that host code
 * which reacts to a code (the payload limits) is exercised the same way as in Excel.
 */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidObjectPath"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  | "ApiNotFound"
  | "NotModelled";

export class FakeOfficeError extends Error {
  override readonly name = "FakeOfficeError";
  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export function fail(code: FakeErrorCode, message: string): never {
  throw new FakeOfficeError(code, message);
}
