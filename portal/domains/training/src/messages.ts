import type { Messages } from '@shabaka/ui';

export const messages: Messages<'title' | 'summary' | 'status'> = {
  ar: {
    title: 'بناء القدرات',
    summary: 'دورات وجلسات تدريبية، والتسجيل بمقاعد محدودة وقوائم انتظار، والحضور، والشهادات.',
    status: 'هذا القسم قيد الإعداد وسيُفتح في مرحلة لاحقة من البرنامج.',
  },
  en: {
    title: 'Training',
    summary: 'Training courses and sessions, registration with seats and waitlists, attendance and certificates.',
    status: 'This section is being prepared and opens in a later phase of the programme.',
  },
};
