import { Migration } from '@mikro-orm/migrations';

/**
 * API tokens get a scope: READ_ONLY (queries only; the default for new tokens) or READ_WRITE. The tokens made
 * before keep what they could do (READ_WRITE).
 */
export class Migration20261201071500ApiTokenScopes extends Migration {
  override up(): void {
    this.addSql(`
      alter table api_token add column scope text not null default 'READ_WRITE'
        check (scope in ('READ_ONLY', 'READ_WRITE'));
    `);
    this.addSql(`alter table api_token alter column scope set default 'READ_ONLY';`);
  }

  override down(): void {
    this.addSql('alter table api_token drop column scope;');
  }
}
