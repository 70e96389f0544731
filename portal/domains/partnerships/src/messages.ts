import type { Messages } from '@shabaka/ui';

export const messages: Messages<'title' | 'summary' | 'status'> = {
  ar: {
    title: 'الشراكات',
    summary:
      'مطابقة الشراكات بين المنظمات المحلية الصغيرة والمنظمات المهنية الكبيرة والمؤسسات العامة، ومتابعة الشراكات الناتجة عنها.',
    status: 'هذا القسم قيد الإعداد وسيُفتح في مرحلة لاحقة من البرنامج.',
  },
  en: {
    title: 'Partnerships',
    summary:
      'Partnership matchmaking between small local CSOs, large professional CSOs and public institutions, and the lifecycle of the partnerships that follow.',
    status: 'This section is being prepared and opens in a later phase of the programme.',
  },
};
