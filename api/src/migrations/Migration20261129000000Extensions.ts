import { Migration } from '@mikro-orm/migrations';

/**
 * The extensions the directory's search is built on: trigram similarity (typo tolerance, prefix and substring
 * indexes) and accent folding of Latin text. Their availability is checked before migrating (database/extensions.ts).
 */
export class Migration20261129000000Extensions extends Migration {
  override up(): void {
    this.addSql('create extension if not exists pg_trgm;');
    this.addSql('create extension if not exists unaccent;');
  }

  override down(): void {
    this.addSql('drop extension if exists unaccent;');
    this.addSql('drop extension if exists pg_trgm;');
  }
}
