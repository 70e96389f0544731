import type { Execute } from '@shabaka/graphql';
import type { Locale } from '@shabaka/ui';

declare global {
  namespace App {
    interface Locals {
      /** From the first path segment (/ar/..., /en/...). */
      locale: Locale;
      /** Runs a generated GraphQL document against the API with this request's fetch and request id. */
      api: Execute;
      requestId: string;
    }
    interface Error {
      message: string;
      requestId?: string;
    }
  }
}

export {};
