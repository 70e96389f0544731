import { describe, expect, it } from 'vitest';
import { budgetTotalsOf, formFieldOf, linesOf, objectivesOf, objectivesToSave, stepOfField } from './steps.js';

describe('the application steps', () => {
  it('reads several objectives with several indicators, leaving blank ones out when saving', () => {
    const values = {
      objectives: '3',
      o0En: 'Visits',
      o0Indicators: '3',
      o0i0En: 'People visited',
      o0i0Baseline: '0',
      o0i0Target: '120',
      o0i1En: 'Referrals',
      o0i1Baseline: '0',
      o0i1Target: '40',
      o1Ar: 'تدريب',
      o1Indicators: '1',
      o1i0Ar: 'متطوعون',
      o1i0Baseline: '0',
      o1i0Target: '30',
      o2Indicators: '1',
    };
    expect(objectivesToSave(objectivesOf(values))).toEqual([
      {
        textAr: null,
        textEn: 'Visits',
        indicators: [
          { textAr: null, textEn: 'People visited', baseline: '0', target: '120' },
          { textAr: null, textEn: 'Referrals', baseline: '0', target: '40' },
        ],
      },
      { textAr: 'تدريب', textEn: null, indicators: [{ textAr: 'متطوعون', textEn: null, baseline: '0', target: '30' }] },
    ]);
  });

  it('adds the budget lines up in minor units, what is not an amount counting as 0', () => {
    const rows = linesOf({
      lines: '3',
      line0Requested: '30000',
      line0Cofinancing: '3000',
      line1Requested: '15,000.50',
      line1Cofinancing: 'abc',
      line2Requested: '',
    });
    expect(budgetTotalsOf(rows)).toEqual({
      requested: 4_500_050,
      cofinancing: 300_000,
      total: 4_800_050,
      bps: 624,
    });
  });

  it("puts each API error on its step's field", () => {
    expect([formFieldOf(['input', 'titleEn']), stepOfField(['input', 'titleEn'])]).toEqual(['titleEn', 'project']);
    expect([formFieldOf(['input', 'logframe', '1']), stepOfField(['input', 'logframe', '1'])]).toEqual([
      'o1',
      'logframe',
    ]);
    expect([formFieldOf(['input', 'applicationId']), stepOfField(['input', 'applicationId'])]).toEqual([
      '_form',
      'review',
    ]);
    expect([formFieldOf(['budgetLines', '2', 'currency']), stepOfField(['budgetLines'])]).toEqual(['line2', 'budget']);
    expect([formFieldOf(['targetGroups', '0', 'expectedBeneficiaries']), stepOfField(['coApplicantIds', '0'])]).toEqual(
      ['expectedBeneficiaries', 'consortium'],
    );
  });
});
