import type { OriginalRequest, SpooledImage } from '../engines/engine.ts';
import type { ValidRequest } from './validateRequest.ts';

/** A request that passed the contract checks, with its image spooled (or a URL to fetch). */
export interface ParsedRequest extends ValidRequest {
  multipart: boolean;
  original: OriginalRequest;
  image?: SpooledImage;
  /** `images[0].url`, only when the request carries no image bytes. */
  url?: string;
}
