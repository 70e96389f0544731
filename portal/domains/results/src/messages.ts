import type { Messages } from '@shabaka/ui';

export const messages: Messages<'title' | 'summary' | 'status'> = {
  ar: {
    title: 'النتائج',
    summary: 'الخدمات المجتمعية والفئات التي تصل إليها في كل محافظة، ومؤشرات البرنامج.',
    status: 'هذا القسم قيد الإعداد وسيُفتح في مرحلة لاحقة من البرنامج.',
  },
  en: {
    title: 'Results',
    summary:
      "Community services, the vulnerable groups they reach in each governorate, and the programme's indicators.",
    status: 'This section is being prepared and opens in a later phase of the programme.',
  },
};
