import type { DomainManifest } from '@shabaka/ui';

export const manifest: DomainManifest = {
  id: 'partnerships',
  path: 'partnerships',
  label: { ar: 'الشراكات', en: 'Partnerships' },
  // an organisation's workspace links to its needs and offers editor
  workspaceSections: [
    {
      id: 'partnerships-listings',
      label: { ar: 'الاحتياجات والعروض', en: 'Needs and offers' },
      href: 'partnerships/manage/organizations/{slug}',
    },
    {
      id: 'partnerships-requests',
      label: { ar: 'طلبات الشراكة', en: 'Partnership requests' },
      href: 'partnerships/requests?organization={slug}',
    },
    {
      id: 'partnerships-suggestions',
      label: { ar: 'شركاء مقترحون', en: 'Suggested partners' },
      href: 'partnerships/suggestions?organization={slug}',
    },
    {
      id: 'partnerships-matchmaking',
      label: { ar: 'أيام التشبيك', en: 'Matchmaking days' },
      href: 'partnerships/matchmaking',
    },
  ],
};
