import { registerEnumType } from 'type-graphql';

export enum GrantReportKind {
  INTERIM = 'INTERIM',
  FINAL = 'FINAL',
}
registerEnumType(GrantReportKind, {
  name: 'GrantReportKind',
  description: 'Whether a report covers part of the project or all of it.',
  valuesConfig: {
    INTERIM: { description: 'An interim report (numbered 1, 2, ... per award).' },
    FINAL: { description: 'The final report, at the end of the project.' },
  },
});

export enum GrantReportStatus {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
}
registerEnumType(GrantReportStatus, {
  name: 'GrantReportStatus',
  description: 'Where a report stands.',
  valuesConfig: {
    SUBMITTED: { description: 'Submitted by the grantee: waits for an officer.' },
    RETURNED: { description: 'Returned by an officer with comments: the grantee corrects it and submits it again.' },
    APPROVED: { description: 'Approved by an officer: a tranche that depends on it may be paid.' },
  },
});

export enum GrantReportDecision {
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
}
registerEnumType(GrantReportDecision, {
  name: 'GrantReportDecision',
  description: "An officer's decision on a submitted report.",
  valuesConfig: {
    APPROVE: { description: 'Approve it (comments optional).' },
    RETURN: { description: 'Return it to the grantee with comments (required).' },
  },
});
