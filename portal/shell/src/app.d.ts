import type { ApiFiles, Execute } from '@shabaka/graphql';
import type { Locale, Viewer } from '@shabaka/ui';

declare global {
  namespace App {
    interface Locals {
      /** From the first path segment (/ar/..., /en/...). */
      locale: Locale;
      /** Runs a generated GraphQL document against the API with this request's fetch and request id. */
      api: Execute;
      requestId: string;
      /** The API's public origin, for pages that point third parties to it. */
      apiPublicUrl: string;
      /** Uploads and downloads of files through the API, with this request's session. */
      files: ApiFiles;
      /** Whether the browser sent a session cookie (checked by the API on each call). */
      signedIn: boolean;
      /** Who is signed in (null: nobody), asked of the API once per request on the first call (@shabaka/ui/viewer). */
      viewer: () => Promise<Viewer | null>;
    }
    interface Error {
      message: string;
      requestId?: string;
    }
  }
}

export {};
