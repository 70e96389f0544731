import type { Messages } from '@shabaka/ui';

export const messages: Messages<
  | 'skipToContent'
  | 'mainNavigation'
  | 'languageSwitch'
  | 'siteName'
  | 'footer'
  | 'errorTitle'
  | 'notFoundTitle'
  | 'errorReference'
  | 'backHome'
> = {
  ar: {
    skipToContent: 'انتقل إلى المحتوى',
    mainNavigation: 'التنقل الرئيسي',
    languageSwitch: 'اللغة',
    siteName: 'شبكة',
    footer:
      'منصة مفتوحة لبرنامج دعم منظمات المجتمع المدني في الأردن، بتمويل من الاتحاد الأوروبي وبالشراكة مع وزارة التنمية الاجتماعية.',
    errorTitle: 'حدث خطأ',
    notFoundTitle: 'الصفحة غير موجودة',
    errorReference: 'رقم المرجع',
    backHome: 'العودة إلى الصفحة الرئيسية',
  },
  en: {
    skipToContent: 'Skip to content',
    mainNavigation: 'Main navigation',
    languageSwitch: 'Language',
    siteName: 'Shabaka',
    footer:
      'The open platform of the civil society programme in Jordan, funded by the European Union with the Ministry of Social Development.',
    errorTitle: 'Something went wrong',
    notFoundTitle: 'Page not found',
    errorReference: 'Reference',
    backHome: 'Back to the home page',
  },
};
