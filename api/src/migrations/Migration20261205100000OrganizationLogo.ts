import { Migration } from '@mikro-orm/migrations';

/**
 * An organisation's logo (issue 13 item 34): the SHA-256 (hex) of the re-encoded WebP stored under
 * UPLOAD_DIR/organization-logos, served publicly at /organization-logos/<key>.webp. No search column depends on it.
 */
export class Migration20261205100000OrganizationLogo extends Migration {
  override up(): void {
    this.addSql('alter table organization add column logo_key text null;');
    this.addSql(`comment on column organization.logo_key is
      'SHA-256 (hex) of the logo as the platform re-encoded it (WebP, no metadata); null: no logo.';`);
  }

  override down(): void {
    this.addSql('alter table organization drop column logo_key;');
  }
}
