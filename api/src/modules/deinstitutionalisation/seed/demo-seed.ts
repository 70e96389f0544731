/**
 * Demo data of deinstitutionalisation: fictional residential care institutions in several governorates, with Arabic
 * and English names, and their figures for the four quarters before the current one (Amman time). The only
 * institution in Karak moves 3 residents to their families in the latest of them: a cell of 3 that the public
 * figures show as "fewer than 5". Added only to a platform without institutions.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { CareInstitutionEntity, CareInstitutionQuarterEntity } from '../deinstitutionalisation.entities.js';
import { DeinstitutionalisationRepository } from '../deinstitutionalisation.repository.js';

/** [Arabic name, English name, ownership, governorate, capacity, residents per quarter (oldest first), to family, to community, community places] */
const INSTITUTIONS: [string, string, 'PUBLIC' | 'PRIVATE', string, number, number[], number[], number[], number[]][] = [
  [
    'دار الأمل للرعاية',
    'Dar Al-Amal Care Home',
    'PUBLIC',
    'JO-AM',
    120,
    [104, 98, 93, 87],
    [6, 7, 5, 8],
    [9, 6, 8, 7],
    [40, 44, 47, 52],
  ],
  [
    'مركز الياسمين للرعاية الإيوائية',
    'Al-Yasmin Residential Centre',
    'PRIVATE',
    'JO-AM',
    80,
    [71, 69, 66, 62],
    [5, 6, 5, 6],
    [7, 5, 6, 5],
    [22, 25, 27, 30],
  ],
  [
    'دار الزيتون',
    'Dar Al-Zaytoun',
    'PUBLIC',
    'JO-IR',
    90,
    [76, 72, 70, 65],
    [8, 5, 6, 7],
    [6, 8, 5, 9],
    [30, 33, 35, 39],
  ],
  [
    'مركز السنابل للرعاية',
    'Al-Sanabel Care Centre',
    'PRIVATE',
    'JO-AZ',
    70,
    [58, 55, 51, 48],
    [5, 6, 7, 5],
    [5, 7, 6, 8],
    [18, 20, 23, 26],
  ],
  [
    'دار النخيل',
    'Dar Al-Nakheel',
    'PUBLIC',
    'JO-KA',
    60,
    [44, 41, 38, 36],
    [6, 5, 7, 3],
    [8, 6, 5, 7],
    [12, 14, 15, 18],
  ],
  [
    'مركز البلقاء للرعاية الإيوائية',
    'Balqa Residential Care Centre',
    'PUBLIC',
    'JO-BA',
    65,
    [52, 49, 47, 43],
    [7, 6, 5, 6],
    [5, 9, 7, 6],
    [15, 17, 19, 22],
  ],
  [
    'دار السلام',
    'Dar Al-Salam',
    'PRIVATE',
    'JO-MA',
    50,
    [39, 37, 34, 31],
    [5, 6, 5, 7],
    [6, 5, 8, 5],
    [10, 12, 13, 15],
  ],
];

export async function seedDemoDeinstitutionalisation(em: EntityManager): Promise<number> {
  if ((await em.count(CareInstitutionEntity, {})) > 0) return 0;
  const now = await new DeinstitutionalisationRepository(em).currentQuarter();
  const current = now.year * 4 + (now.quarter - 1);
  const quarters = [4, 3, 2, 1].map((back) => current - back);
  await em.transactional(async (tx) => {
    for (const [
      nameAr,
      nameEn,
      ownership,
      governorateCode,
      capacity,
      residents,
      family,
      community,
      places,
    ] of INSTITUTIONS) {
      const institution = Object.assign(new CareInstitutionEntity(), {
        nameAr,
        nameEn,
        ownership,
        governorateCode,
        capacity,
      });
      // no ORM relation between the two tables: the institution is written first
      await tx.persist(institution).flush();
      quarters.forEach((q, i) => {
        tx.persist(
          Object.assign(new CareInstitutionQuarterEntity(), {
            institutionId: institution.id,
            year: Math.floor(q / 4),
            quarter: (q % 4) + 1,
            residents: residents[i]!,
            transitionsToFamily: family[i]!,
            transitionsToCommunity: community[i]!,
            communityPlaces: places[i]!,
          }),
        );
      });
    }
  });
  return INSTITUTIONS.length;
}
