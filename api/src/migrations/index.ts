/**
 * The ordered list of committed migrations. `pnpm migration:create` writes a new file in this folder; add it here
 * (the list is explicit so that tsx, compiled JavaScript and vitest apply exactly the same migrations).
 */
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129000000Extensions } from './Migration20261129000000Extensions.js';
import { Migration20261129010000Directory } from './Migration20261129010000Directory.js';
import { Migration20261129020000DirectorySearchTable } from './Migration20261129020000DirectorySearchTable.js';
import { Migration20261129030000Accounts } from './Migration20261129030000Accounts.js';
import { Migration20261129040000Onboarding } from './Migration20261129040000Onboarding.js';
import { Migration20261129050000RateLimits } from './Migration20261129050000RateLimits.js';
import { Migration20261201063000SignInAttempts } from './Migration20261201063000SignInAttempts.js';
import { Migration20261201064000PasswordResetRequests } from './Migration20261201064000PasswordResetRequests.js';
import { Migration20261201070000AccountEmails } from './Migration20261201070000AccountEmails.js';
import { Migration20261201071500ApiTokenScopes } from './Migration20261201071500ApiTokenScopes.js';
import { Migration20261202063000ClaimTimesInMilliseconds } from './Migration20261202063000ClaimTimesInMilliseconds.js';
import { Migration20261202064500RegistrationKeys } from './Migration20261202064500RegistrationKeys.js';
import { Migration20261202071500VerificationCases } from './Migration20261202071500VerificationCases.js';
import { Migration20261203063000OrganizationVersion } from './Migration20261203063000OrganizationVersion.js';
import { Migration20261204000000ArabicSearch } from './Migration20261204000000ArabicSearch.js';
import { Migration20261205000000KeysetTimesInMilliseconds } from './Migration20261205000000KeysetTimesInMilliseconds.js';
import { Migration20261205010000JobQueue } from './Migration20261205010000JobQueue.js';
import { Migration20261205100000OrganizationLogo } from './Migration20261205100000OrganizationLogo.js';
import { Migration20261205101000DeferredSearchRefresh } from './Migration20261205101000DeferredSearchRefresh.js';
import { Migration20261210000000Training } from './Migration20261210000000Training.js';
import { Migration20261210010000TrainingAttendance } from './Migration20261210010000TrainingAttendance.js';
import { Migration20261210020000TrainingKeysetTimes } from './Migration20261210020000TrainingKeysetTimes.js';
import { Migration20261216000000TrainingCalendarAndReminders } from './Migration20261216000000TrainingCalendarAndReminders.js';
import { Migration20261215000000TrainingCertificates } from './Migration20261215000000TrainingCertificates.js';
import { Migration20261220000000Partnerships } from './Migration20261220000000Partnerships.js';
import { Migration20261221000000PartnershipRequests } from './Migration20261221000000PartnershipRequests.js';
import { Migration20261226000000Grants } from './Migration20261226000000Grants.js';
import { Migration20261224000000Matchmaking } from './Migration20261224000000Matchmaking.js';
import { Migration20261227000000GrantScreening } from './Migration20261227000000GrantScreening.js';
import { Migration20261227100000PendingPartnershipRequests } from './Migration20261227100000PendingPartnershipRequests.js';
import { Migration20261227200000PartnershipAgreementDocument } from './Migration20261227200000PartnershipAgreementDocument.js';
import { Migration20261228000000Review } from './Migration20261228000000Review.js';
import { Migration20261229000000GrantCallQuestionAsked } from './Migration20261229000000GrantCallQuestionAsked.js';
import { Migration20261230000000Services } from './Migration20261230000000Services.js';
import { Migration20261231000000Deinstitutionalisation } from './Migration20261231000000Deinstitutionalisation.js';
import { Migration20270101000000Consultations } from './Migration20270101000000Consultations.js';
import { Migration20270102000000PartnershipMatchKeys } from './Migration20270102000000PartnershipMatchKeys.js';
import { Migration20270105000000GrantAttachments } from './Migration20270105000000GrantAttachments.js';
import { Migration20270110000000GrantAwards } from './Migration20270110000000GrantAwards.js';
import { Migration20270115000000GrantReports } from './Migration20270115000000GrantReports.js';
import { Migration20270120000000Challenges } from './Migration20270120000000Challenges.js';
import { Migration20270125000000SearchRowOneWrite } from './Migration20270125000000SearchRowOneWrite.js';
import { Migration20270125010000DirectoryFacetCounts } from './Migration20270125010000DirectoryFacetCounts.js';
import { Migration20261217000000TrainingDisaggregation } from './Migration20261217000000TrainingDisaggregation.js';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261129000000Extensions', class: Migration20261129000000Extensions },
  { name: 'Migration20261129010000Directory', class: Migration20261129010000Directory },
  { name: 'Migration20261129020000DirectorySearchTable', class: Migration20261129020000DirectorySearchTable },
  { name: 'Migration20261129030000Accounts', class: Migration20261129030000Accounts },
  { name: 'Migration20261129040000Onboarding', class: Migration20261129040000Onboarding },
  { name: 'Migration20261129050000RateLimits', class: Migration20261129050000RateLimits },
  { name: 'Migration20261201063000SignInAttempts', class: Migration20261201063000SignInAttempts },
  { name: 'Migration20261201064000PasswordResetRequests', class: Migration20261201064000PasswordResetRequests },
  { name: 'Migration20261201070000AccountEmails', class: Migration20261201070000AccountEmails },
  { name: 'Migration20261201071500ApiTokenScopes', class: Migration20261201071500ApiTokenScopes },
  { name: 'Migration20261202063000ClaimTimesInMilliseconds', class: Migration20261202063000ClaimTimesInMilliseconds },
  { name: 'Migration20261202064500RegistrationKeys', class: Migration20261202064500RegistrationKeys },
  { name: 'Migration20261202071500VerificationCases', class: Migration20261202071500VerificationCases },
  { name: 'Migration20261203063000OrganizationVersion', class: Migration20261203063000OrganizationVersion },
  { name: 'Migration20261204000000ArabicSearch', class: Migration20261204000000ArabicSearch },
  { name: 'Migration20261205000000KeysetTimesInMilliseconds', class: Migration20261205000000KeysetTimesInMilliseconds },
  { name: 'Migration20261205010000JobQueue', class: Migration20261205010000JobQueue },
  { name: 'Migration20261205100000OrganizationLogo', class: Migration20261205100000OrganizationLogo },
  { name: 'Migration20261205101000DeferredSearchRefresh', class: Migration20261205101000DeferredSearchRefresh },
  { name: 'Migration20261210000000Training', class: Migration20261210000000Training },
  { name: 'Migration20261210010000TrainingAttendance', class: Migration20261210010000TrainingAttendance },
  { name: 'Migration20261210020000TrainingKeysetTimes', class: Migration20261210020000TrainingKeysetTimes },
  { name: 'Migration20261215000000TrainingCertificates', class: Migration20261215000000TrainingCertificates },
  {
    name: 'Migration20261216000000TrainingCalendarAndReminders',
    class: Migration20261216000000TrainingCalendarAndReminders,
  },
  { name: 'Migration20261217000000TrainingDisaggregation', class: Migration20261217000000TrainingDisaggregation },
  { name: 'Migration20261220000000Partnerships', class: Migration20261220000000Partnerships },
  { name: 'Migration20261221000000PartnershipRequests', class: Migration20261221000000PartnershipRequests },
  { name: 'Migration20261224000000Matchmaking', class: Migration20261224000000Matchmaking },
  { name: 'Migration20261226000000Grants', class: Migration20261226000000Grants },
  { name: 'Migration20261227000000GrantScreening', class: Migration20261227000000GrantScreening },
  {
    name: 'Migration20261227100000PendingPartnershipRequests',
    class: Migration20261227100000PendingPartnershipRequests,
  },
  {
    name: 'Migration20261227200000PartnershipAgreementDocument',
    class: Migration20261227200000PartnershipAgreementDocument,
  },
  { name: 'Migration20261228000000Review', class: Migration20261228000000Review },
  { name: 'Migration20261229000000GrantCallQuestionAsked', class: Migration20261229000000GrantCallQuestionAsked },
  { name: 'Migration20261230000000Services', class: Migration20261230000000Services },
  { name: 'Migration20261231000000Deinstitutionalisation', class: Migration20261231000000Deinstitutionalisation },
  { name: 'Migration20270101000000Consultations', class: Migration20270101000000Consultations },
  { name: 'Migration20270102000000PartnershipMatchKeys', class: Migration20270102000000PartnershipMatchKeys },
  { name: 'Migration20270105000000GrantAttachments', class: Migration20270105000000GrantAttachments },
  { name: 'Migration20270110000000GrantAwards', class: Migration20270110000000GrantAwards },
  { name: 'Migration20270115000000GrantReports', class: Migration20270115000000GrantReports },
  { name: 'Migration20270120000000Challenges', class: Migration20270120000000Challenges },
  { name: 'Migration20270125000000SearchRowOneWrite', class: Migration20270125000000SearchRowOneWrite },
  { name: 'Migration20270125010000DirectoryFacetCounts', class: Migration20270125010000DirectoryFacetCounts },
];
