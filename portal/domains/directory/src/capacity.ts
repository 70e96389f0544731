/** One capacity assessment as the API returns it: six dimensions scored 1 to 5 on a date. */
export interface Assessment {
  assessedOn: string;
  governance: number;
  finance: number;
  humanResources: number;
  programmeDelivery: number;
  monitoringEvaluation: number;
  advocacy: number;
}

export function assessmentAverage(a: Assessment): number {
  return (a.governance + a.finance + a.humanResources + a.programmeDelivery + a.monitoringEvaluation + a.advocacy) / 6;
}
