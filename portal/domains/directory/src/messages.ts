import type { Messages } from '@shabaka/ui';

export const messages: Messages<
  | 'platformFacts'
  | 'version'
  | 'serverTime'
  | 'database'
  | 'databaseUpToDate'
  | 'databasePending'
  | 'unavailableTitle'
  | 'unavailableBody'
  | 'directoryComing'
> = {
  ar: {
    platformFacts: 'عن المنصة',
    version: 'إصدار الواجهة البرمجية',
    serverTime: 'وقت الخادم (توقيت عمّان)',
    database: 'قاعدة البيانات',
    databaseUpToDate: 'محدّثة',
    databasePending: 'بانتظار تحديث',
    unavailableTitle: 'الخدمة غير متاحة مؤقتًا',
    unavailableBody: 'تعذّر الوصول إلى خادم المنصة. يُرجى المحاولة بعد قليل.',
    directoryComing: 'يُتيح دليل المنظمات البحث في الجمعيات والمنظمات المسجّلة في المحافظات الاثنتي عشرة.',
  },
  en: {
    platformFacts: 'About the platform',
    version: 'API version',
    serverTime: 'Server time (Amman)',
    database: 'Database',
    databaseUpToDate: 'up to date',
    databasePending: 'update pending',
    unavailableTitle: 'The service is temporarily unavailable',
    unavailableBody: 'The platform server could not be reached. Please try again in a moment.',
    directoryComing:
      'The directory lets you search the charities and societies registered across the twelve governorates.',
  },
};
