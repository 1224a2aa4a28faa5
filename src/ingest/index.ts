/**
 * The ingest stage: bytes from a file, a folder or standard input → `AgreementDocument`
 * (normalised text, blocks, and a map back to the extracted text). Its only import surface.
 */
export { ingestBytes, type IngestOptions } from "./ingest.ts";
export { ingestFile, ingestStdin, listInputFiles } from "./io.ts";
export { detectFormat, SUPPORTED_EXTENSIONS } from "./detect.ts";
export { decodeText, type DecodedText, type TextEncodingName } from "./decode.ts";
export { normaliseText, toNormalisedOffset, type NormalisedText } from "./normalise.ts";
export {
  hasCorpusAnnotations,
  stripCorpusAnnotations,
  type AnnotatedSpan,
  type StrippedCorpusText,
} from "./corpus-xml.ts";
