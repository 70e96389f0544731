import { Migration } from '@mikro-orm/migrations';

/**
 * A partnership's signed agreement as a document (a PDF a member uploads, replaceable while the partnership is proposed
 * or active): its file under UPLOAD_DIR/partnership-agreements, named by its SHA-256, for its members and officers only.
 */
export class Migration20261227200000PartnershipAgreementDocument extends Migration {
  override up(): void {
    this.addSql(`alter table partnership
      add column agreement_document_key text null,
      add column agreement_document_bytes integer null,
      add column agreement_document_uploaded_at timestamptz null,
      add column agreement_document_uploaded_by uuid null,
      add constraint partnership_agreement_document_complete check (
        (agreement_document_key is null) = (agreement_document_bytes is null)
        and (agreement_document_key is null) = (agreement_document_uploaded_at is null)
      );`);
    this.addSql(`comment on column partnership.agreement_document_key is
      'The signed agreement (PDF): its path under UPLOAD_DIR, named by its SHA-256; null: none uploaded.';`);
  }

  override down(): void {
    this.addSql(`alter table partnership
      drop constraint partnership_agreement_document_complete,
      drop column agreement_document_key,
      drop column agreement_document_bytes,
      drop column agreement_document_uploaded_at,
      drop column agreement_document_uploaded_by;`);
  }
}
