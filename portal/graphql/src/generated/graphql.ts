/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type DirectoryHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryHomeQuery = { platform: { version: string, timeZone: string, serverTime: string, name: { ar: string | null, en: string | null }, tagline: { ar: string | null, en: string | null }, database: { reachable: boolean, migrationsApplied: number, migrationsPending: number } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const DirectoryHomeDocument = new TypedDocumentString(`
    query DirectoryHome {
  platform {
    name {
      ar
      en
    }
    tagline {
      ar
      en
    }
    version
    timeZone
    serverTime
    database {
      reachable
      migrationsApplied
      migrationsPending
    }
  }
}
    `, {"hash":"sha256:431df5ba50b8318bac175dd7429f3feb2deff5f0b79455dfc9d501dd55f46730"}) as unknown as TypedDocumentString<DirectoryHomeQuery, DirectoryHomeQueryVariables>;