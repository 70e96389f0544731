import type { ExplorerExample } from '../../common/module/platform-module.js';

/** The directory's examples in the API explorer: what third parties ask most. */
export const directoryExamples: readonly ExplorerExample[] = [
  {
    title: 'Directory search',
    query: `# Organisations matching a search, with facets (Arabic or English, typos tolerated)
query DirectorySearch($search: String, $first: Int) {
  organizations(search: $search, first: $first) {
    totalCount
    totalCountIsExact
    facets {
      governorates { value { code name { ar en } } count }
      targetGroups { value { code name { ar en } } count }
    }
    edges {
      node { id slug name { ar en } governorate { code } verification { state } }
      highlight { nameAr { text match } nameEn { text match } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { search: 'جمعية', first: 10 },
  },
  {
    title: 'Verified CSOs working with persons with disabilities',
    query: `query Verified($filter: OrganizationFilter) {
  organizations(filter: $filter, first: 20, orderBy: { field: NAME_EN, direction: ASC }) {
    totalCount
    edges { node { name { ar en } governorate { name { en } } sectors { code } targetGroups { code } } }
  }
}`,
    variables: { filter: { verificationStates: ['VERIFIED'], targetGroups: ['PERSONS_WITH_DISABILITIES'] } },
  },
  {
    title: 'Code lists',
    query: `query CodeLists {
  governorates { code dosCode name { ar en } }
  sectors { code name { ar en } }
  targetGroups { code name { ar en } }
  legalForms { code name { ar en } }
}`,
  },
];
