import type { Messages } from '@shabaka/ui';

export const messages: Messages<'title' | 'summary' | 'status'> = {
  ar: {
    title: 'المنح',
    summary:
      'برنامج منح بقيمة ٤ ملايين يورو لنحو ١٠٠ مشروع تجريبي وشراكة: الدعوات والطلبات والمراجعات والترسية والصرف والتقارير.',
    status: 'هذا القسم قيد الإعداد وسيُفتح في مرحلة لاحقة من البرنامج.',
  },
  en: {
    title: 'Grants',
    summary:
      'A 4 million euro programme of about 100 grants for pilot projects and partnerships: calls, applications, reviews, awards, disbursements and reports.',
    status: 'This section is being prepared and opens in a later phase of the programme.',
  },
};
