/**
 * The reasons of a suggestion in words, Arabic and English, from the evidence scoring kept (codes): "offers
 * monitoring and evaluation, which you need"; "works in Irbid, next to Mafraq". Pure: the names come in.
 */
import type { PartySize, SuggestionEvidence } from './partner-suggestion.scoring.js';

export interface Names {
  ar: string;
  en: string;
}

export interface NameLookup {
  capability(code: string): Names;
  targetGroup(code: string): Names;
  sector(code: string): Names;
  governorate(code: string): Names;
}

/** English names start a sentence's middle in lower case ("offers monitoring and evaluation"), acronyms kept. */
const inSentence = (name: string): string =>
  name.length > 1 && name[1] === name[1]!.toLowerCase() ? name[0]!.toLowerCase() + name.slice(1) : name;

const listEn = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
const listAr = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('، ')} و${items.at(-1)!}`;

const SIZE_EN: Record<PartySize, string> = { SMALL: 'small', MEDIUM: 'medium-sized', LARGE: 'large' };
const SIZE_AR: Record<PartySize, string> = { SMALL: 'صغيرة', MEDIUM: 'متوسطة', LARGE: 'كبيرة' };

/** One or more sentences for one criterion's evidence. */
export function reasonsOf(evidence: SuggestionEvidence, names: NameLookup): Names[] {
  switch (evidence.criterion) {
    case 'COMPLEMENT':
      return [
        ...evidence.theyOffer.map((code) => {
          const n = names.capability(code);
          return { ar: `تقدّم ${n.ar}، وهو ما تحتاجونه`, en: `offers ${inSentence(n.en)}, which you need` };
        }),
        ...evidence.theyNeed.map((code) => {
          const n = names.capability(code);
          return { ar: `تحتاج ${n.ar}، وهو ما تقدّمونه`, en: `needs ${inSentence(n.en)}, which you offer` };
        }),
      ];
    case 'TARGET_GROUPS': {
      const groups = evidence.shared.map((code) => names.targetGroup(code));
      return [
        {
          ar: `تخدمون كلاكما ${listAr(groups.map((g) => g.ar))}`,
          en: `you both serve ${listEn(groups.map((g) => inSentence(g.en)))}`,
        },
      ];
    }
    case 'SECTORS': {
      const sectors = evidence.shared.map((code) => names.sector(code));
      return [
        {
          ar: `تعملان كلاكما في قطاع ${listAr(sectors.map((s) => s.ar))}`,
          en: `you both work in ${listEn(sectors.map((s) => inSentence(s.en)))}`,
        },
      ];
    }
    case 'GEOGRAPHY': {
      if (evidence.same.length > 0) {
        const places = evidence.same.map((code) => names.governorate(code));
        return [
          {
            ar: `تعمل في ${listAr(places.map((p) => p.ar))} مثلكم`,
            en: `works in ${listEn(places.map((p) => p.en))}, as you do`,
          },
        ];
      }
      return evidence.neighbours.map(([theirs, ours]) => {
        const t = names.governorate(theirs);
        const o = names.governorate(ours);
        return { ar: `تعمل في ${t.ar} المجاورة لـ${o.ar}`, en: `works in ${t.en}, next to ${o.en}` };
      });
    }
    case 'SIZE':
      if (evidence.theirKind === 'Institution') {
        return [{ ar: 'مؤسسة عامة تكمّل عمل منظمتكم', en: 'a public institution to work with your organisation' }];
      }
      return [
        {
          ar: `منظمة ${SIZE_AR[evidence.theirs]} مع منظمتكم ال${SIZE_AR[evidence.ours]}`,
          en: `a ${SIZE_EN[evidence.theirs]} organisation with your ${SIZE_EN[evidence.ours]} one`,
        },
      ];
    case 'VERIFICATION':
      return [
        evidence.theirKind === 'Institution'
          ? { ar: 'جهة عامة رسمية', en: 'a public body' }
          : { ar: 'منظمة موثّقة من البرنامج', en: 'verified by the programme' },
      ];
    case 'ACTIVITY':
      return [
        evidence.days <= 1
          ? { ar: 'نشرت حاجة أو عرضاً اليوم', en: 'published a need or an offer today' }
          : {
              ar: `نشرت حاجة أو عرضاً قبل ${evidence.days} يوماً`,
              en: `published a need or an offer ${evidence.days} days ago`,
            },
      ];
  }
}
