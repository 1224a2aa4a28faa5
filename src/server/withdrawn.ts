/**
 * A request whose client went away before a worker took its analysis. Its job is dropped from the
 * queue: analysing for nobody would only delay everyone behind it (a client that times out and
 * retries would otherwise be analysed twice). Nothing is sent back, since nobody is listening.
 */
export class RequestWithdrawn extends Error {
  constructor() {
    super("the client closed the connection before its analysis started");
    this.name = "RequestWithdrawn";
  }
}

/**
 * The status a withdrawn request ends with (nginx's "client closed request"): only a proxy in
 * front would see it, since the client is gone.
 */
export const CLIENT_CLOSED_REQUEST = 499;
