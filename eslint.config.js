// One lint configuration for the whole workspace (ESLint flat config with typescript-eslint).
import fs from 'node:fs';
import js from '@eslint/js';
import graphql from '@graphql-eslint/eslint-plugin';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The portal's domain packages; each may import `@shabaka/ui` and `@shabaka/graphql`, never another domain. */
const domains = fs.readdirSync(new URL('./portal/domains', import.meta.url));

const domainBoundaries = domains.map((domain) => ({
  files: [`portal/domains/${domain}/**/*.{ts,svelte}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: domains
              .filter((d) => d !== domain)
              .flatMap((d) => [`@shabaka/domain-${d}`, `@shabaka/domain-${d}/*`]),
            message: 'A domain never imports another domain: move what both need to @shabaka/ui or the API.',
          },
          {
            group: ['**/domains/*', '**/domains/*/**', '../../*/src/**', '../../../*/src/**'],
            message: 'A domain never reaches into another package by relative path.',
          },
          {
            group: ['@shabaka/portal-shell', '@shabaka/portal-shell/*', '$app/*', '$env/*'],
            message: 'Domains stay independent of the shell app: take what you need through load events or props.',
          },
        ],
      },
    ],
  },
}));

/**
 * The API's modules meet through their public face: a file outside `api/src/modules/<m>` imports only its
 * `index.ts` (tests may look inside, to build fixtures); `common/` knows no domain; and no import loop anywhere.
 */
const apiModules = fs
  .readdirSync(new URL('./api/src/modules', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const apiOutsideModules = fs
  .readdirSync(new URL('./api/src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.name !== 'modules')
  .map((entry) => `./api/src/${entry.name}`);

const apiBoundaries = {
  files: ['api/src/**/*.ts'],
  plugins: { 'import-x': importX },
  settings: {
    'import-x/extensions': ['.ts', '.js'],
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'api/tsconfig.json' })],
  },
  rules: {
    'import-x/no-cycle': 'error',
    'import-x/no-restricted-paths': [
      'error',
      {
        zones: [
          ...apiModules.map((module) => ({
            target: [
              ...apiModules.filter((other) => other !== module).map((other) => `./api/src/modules/${other}`),
              ...apiOutsideModules,
            ],
            from: `./api/src/modules/${module}`,
            except: ['./index.ts'],
            message: `Use the ${module} module through its public face, api/src/modules/${module}/index.ts.`,
          })),
          {
            target: './api/src/common',
            from: './api/src/modules',
            message: 'common/ holds mechanisms without domain knowledge: it never imports a module.',
          },
        ],
      },
    ],
  },
};

/**
 * The committed contract (schema/schema.graphql) under @graphql-eslint's schema-recommended and schema-relay rule
 * sets, plus a description on every field, argument and enum value. Two choices, each a reading of the contract:
 * - strict-id-in-types: objects with an identity have `id: ID!` (a global id); these have none by design and are
 *   excepted: the Relay plumbing (PageInfo, *Connection, *Edge, *Payload), values embedded in their organisation
 *   (contacts, identifiers, social links, the capacity assessments and the verification state), search facets and
 *   highlights, error entries, the request-scoped Platform and Viewer, and the training values embedded in a session
 *   or a registration (days, venue, eligibility, accommodations, attendance, the participant, disaggregation,
 *   consent, scores) and its topics, the computed participation aggregates, the viewer's training calendar link, the
 *   officers' partnership overview and its counts, the criteria of a partner suggestion's score, a grant call's and
 *   an application's embedded values, and the grants screening list's status (one list, no identity of its own), a
 *   partnership's agreement file, the review rubric, scores and ranking, a service's embedded values and its search
 *   facets, and the computed public tables of the deinstitutionalisation figures, consultation reports, scorecards and
 *   results indicators.
 * - relay-edge-types: edges are named *Edge and their nodes implement Node; plain lists stay allowed for short,
 *   bounded lists (12 governorates, a facet's values, an organisation's contacts, userErrors): every list that can
 *   grow with the data (organisations, claims, the audit log) is a connection.
 */
/** Every file of code ESLint lints with the JavaScript, TypeScript and Svelte rules. */
const CODE = ['**/*.{js,mjs,cjs,ts,mts,cts,svelte}'];

const contract = {
  files: ['schema/schema.graphql'],
  languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema: 'schema/schema.graphql' } } },
  plugins: { '@graphql-eslint': graphql },
  rules: {
    ...graphql.configs['flat/schema-recommended'].rules,
    ...graphql.configs['flat/schema-relay'].rules,
    '@graphql-eslint/strict-id-in-types': [
      'error',
      {
        exceptions: {
          types: [
            'PageInfo',
            'CapacityAssessment',
            'OrganizationContact',
            'OrganizationIdentifier',
            'SocialLink',
            'Verification',
            'LocalizedText',
            'GeoPoint',
            'HighlightSegment',
            'OrganizationHighlight',
            'OrganizationFacets',
            'DatabaseStatus',
            'Platform',
            'Viewer',
            // training values embedded in their session or registration, and the topics' code list
            'TrainingAccommodations',
            'TrainingAttendance',
            // the person's calendar feed, embedded in the Viewer (one per person)
            'TrainingCalendarLink',
            // a matchmaking participant's calendar feed, embedded in its participation (one per participant)
            'MatchmakingAgendaLink',
            'TrainingCompletionRule',
            'TrainingEligibility',
            'TrainingParticipant',
            'TrainingSessionDay',
            'TrainingTopic',
            'TrainingVenue',
            // a registration's disaggregation, consent and scores, a session's learning gain, and the participation
            // aggregates (computed tables: their cells have no identity, by design)
            'TrainingDisaggregation',
            'TrainingDisaggregationConsent',
            'TrainingDisaggregationConsentText',
            'TrainingLearningGain',
            'TrainingParticipationCell',
            'TrainingParticipationCounts',
            'TrainingParticipationReport',
            'PartnershipOverview',
            'PartnershipCount',
            // a grant call's and an application's values, embedded in their call or application (amounts, rules,
            // documents asked for, the consortium's members, logframe rows, budget lines and totals)
            'GrantAmount',
            'GrantApplicationPartner',
            'GrantBudgetLine',
            'GrantBudgetTotals',
            'GrantEligibility',
            'GrantIndicator',
            'GrantObjective',
            'GrantRequiredDocument',
            'GrantTargetGroupReach',
            // a grant report's lines, totals and indicator results, embedded in their report
            'GrantReportExpenditureLine',
            'GrantReportExpenditureTotals',
            'GrantReportIndicatorResult',
            // a lot's awarded total against its envelope, computed for the public page of a call
            'AwardedGrantLotTotal',
            'GrantScreeningList',
            'TrainingScores',
            'TrainingSuppressibleCount',
            // one criterion's points in a partner suggestion's breakdown (a computed value of its edge)
            'PartnerSuggestionCriterionScore',
            // a partnership's agreement file, embedded in its partnership
            'PartnershipAgreementDocument',
            // a grant call's guidelines file, embedded in its call (one per call)
            'GrantCallGuidelinesDocument',
            // the review core's values embedded in their round or assignment, and the computed ranking
            'ReviewCriterion',
            'ReviewRubric',
            'ReviewResult',
            'ReviewScore',
            'ReviewerCandidate',
            'GrantLotRanking',
            'GrantRankingEntry',
            // a service's values embedded in it (contact, hours, places, referral), its category code list and the
            // search facets
            'ServiceCategory',
            'ServiceContact',
            'ServiceFacets',
            'ServiceHours',
            'ServicePlaces',
            'ServiceReferral',
            // computed public tables (deinstitutionalisation figures, consultation reports, scorecards, results):
            // their rows and cells have no identity, by design
            'CareInstitutionQuarter',
            'DeinstitutionalisationCell',
            'DeinstitutionalisationFigures',
            'DeinstitutionalisationRow',
            'DeinstitutionalisationTable',
            'ConsultationDocument',
            'ConsultationReport',
            'ParticipationCounts',
            'InnovationStageCount',
            'PolicyScorecardCell',
            'PolicyScorecardEntry',
            'PositionCounts',
            'ReportCell',
            'ReportCount',
            'ReportSection',
            'ResultsBreakdown',
            'ResultsBreakdownCell',
            'ResultsCount',
            'ResultsIndicator',
            'ResultsQuarter',
          ],
          suffixes: ['Connection', 'Edge', 'Payload', 'Facet', 'Error'],
        },
      },
    ],
    '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false }],
    '@graphql-eslint/require-description': [
      'error',
      {
        types: true,
        rootField: true,
        DirectiveDefinition: true,
        FieldDefinition: true,
        InputValueDefinition: true,
        EnumValueDefinition: true,
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.svelte-kit/**',
      '.data/**',
      'portal/graphql/src/generated/**',
      'portal/**/paraglide/**',
      'bench/results/**',
    ],
  },
  // the JavaScript, TypeScript and Svelte rules apply to code only (the contract has its own block below)
  ...[js.configs.recommended, ...tseslint.configs.recommendedTypeChecked, ...svelte.configs['flat/recommended']].map(
    (config) => (config.files ? config : { ...config, files: CODE }),
  ),
  {
    files: CODE,
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through config.ts (api) or $env (portal shell), not process.env.',
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: tseslint.parser },
    },
  },
  {
    // Links are built with the shell's helpers, which prepend paths.base (portal/shell/src/lib/paths.ts); the rule
    // cannot follow a computed path through them.
    files: ['portal/**/*.svelte'],
    rules: { 'svelte/no-navigation-without-resolve': 'off' },
  },
  {
    // the places allowed to read the environment: configuration, and the launcher that hands it to child processes
    files: [
      'api/src/config.ts',
      'api/src/cli/platform.ts',
      'portal/shell/server.js',
      'api/test/**',
      'api/src/database/embedded-postgres.ts',
      'portal/**/e2e/**',
      '**/*.config.{js,ts}',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.config.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  ...domainBoundaries,
  apiBoundaries,
  contract,
);
