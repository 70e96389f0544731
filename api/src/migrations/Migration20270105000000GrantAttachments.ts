import { Migration } from '@mikro-orm/migrations';

/**
 * An application's attachments (one file per document the call asks for, replaced by a later upload while the
 * application is a draft) and a call's guidelines document (one file, public once the call is published). The files
 * live under UPLOAD_DIR; the rows say which, how large and who uploaded them.
 */
export class Migration20270105000000GrantAttachments extends Migration {
  override up(): void {
    this.addSql(`
      create table grant_application_attachment (
        id uuid primary key,
        application_id uuid not null references grant_application (id) on delete cascade,
        document_code text not null check (length(document_code) between 1 and 60),
        media_type text not null,
        storage_key text not null,
        size_bytes integer not null check (size_bytes > 0),
        uploaded_by uuid,
        uploaded_at timestamptz(3) not null default now(),
        unique (application_id, document_code)
      );
      create index grant_application_attachment_uploader_idx on grant_application_attachment (uploaded_by);
      create table grant_call_guidelines_document (
        call_id uuid primary key references grant_call (id) on delete cascade,
        storage_key text not null,
        size_bytes integer not null check (size_bytes > 0),
        uploaded_by uuid,
        uploaded_at timestamptz(3) not null default now()
      );
    `);
  }

  override down(): void {
    this.addSql('drop table grant_call_guidelines_document; drop table grant_application_attachment;');
  }
}
