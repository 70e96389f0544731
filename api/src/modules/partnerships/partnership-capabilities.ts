/**
 * The capability taxonomy of needs and offers: what a party can give or is looking for. A code list, seeded by
 * migration Partnerships and changed through migrations only; the matching of needs with offers compares these codes.
 */
export const PARTNERSHIP_CAPABILITIES: readonly (readonly [code: string, nameAr: string, nameEn: string])[] = [
  ['MONITORING_EVALUATION', 'الرصد والتقييم', 'Monitoring and evaluation'],
  ['FINANCIAL_MANAGEMENT', 'الإدارة المالية', 'Financial management'],
  ['OUTREACH', 'الوصول إلى المجتمعات في المحافظة', 'Outreach in a governorate'],
  ['SERVICE_DELIVERY', 'تقديم الخدمات لفئة مستهدفة', 'Service delivery for a target group'],
  ['VOLUNTEERS', 'المتطوعون', 'Volunteers'],
  ['VENUE', 'مكان للأنشطة', 'Venue'],
  ['LEGAL_SUPPORT', 'الدعم القانوني', 'Legal support'],
  ['TECHNICAL_EXPERTISE', 'الخبرة الفنية', 'Technical expertise'],
  ['TRAINING', 'التدريب وبناء القدرات', 'Training and capacity building'],
  ['FUNDRAISING', 'تنمية الموارد وجمع التبرعات', 'Fundraising'],
  ['ADVOCACY', 'كسب التأييد', 'Advocacy'],
  ['DATA_RESEARCH', 'البيانات والبحوث', 'Data and research'],
  ['PSYCHOSOCIAL_SUPPORT', 'الدعم النفسي والاجتماعي', 'Psychosocial support'],
  ['COMMUNICATIONS', 'الإعلام والتواصل', 'Communications and media'],
  ['TRANSPORT_LOGISTICS', 'النقل والخدمات اللوجستية', 'Transport and logistics'],
];
