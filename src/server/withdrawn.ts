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

/** The status logged for a withdrawn request (nginx's "client closed request"); no client sees it. */
export const CLIENT_CLOSED_REQUEST = 499;
