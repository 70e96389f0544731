import { graphql } from '@shabaka/graphql';

/** The code lists the workspace forms offer. */
/** The profile form's fields: the same in the page's query and in the save's answer, which a conflict compares. */
export const WorkspaceProfileFragment = graphql(`
  fragment WorkspaceProfile on Organization {
    slug
    version
    acronym
    name {
      ar
      en
    }
    mission {
      ar
      en
    }
    address {
      ar
      en
    }
    district
    foundingYear
    website
    staffCount
    volunteerCount
    targetGroups {
      code
    }
    sectors {
      code
    }
    publicContacts {
      name
      role
      email
      phone
    }
    privateContacts {
      name
      role
      email
      phone
    }
    socialLinks {
      kind
      url
    }
  }
`);

export const WorkspaceCodeListsQuery = graphql(`
  query WorkspaceCodeLists {
    governorates {
      code
      name {
        ar
        en
      }
    }
    legalForms {
      code
      name {
        ar
        en
      }
    }
    targetGroups {
      code
      name {
        ar
        en
      }
    }
    sectors {
      code
      name {
        ar
        en
      }
    }
  }
`);

/** An organisation as its members (and officers) see it. */
export const WorkspaceOrganizationQuery = graphql(`
  query WorkspaceOrganization($slug: String!) {
    organizationBySlug(slug: $slug) {
      id
      ...WorkspaceProfile
      governorate {
        code
        name {
          ar
          en
        }
      }
      legalForm {
        code
        name {
          ar
          en
        }
      }
      verification {
        state
        decidedAt
      }
      verificationNote
      verificationEvidence {
        id
        mediaType
        sizeBytes
        uploadedAt
      }
      members {
        userId
        name
        role
      }
    }
    targetGroups {
      code
      name {
        ar
        en
      }
    }
    sectors {
      code
      name {
        ar
        en
      }
    }
  }
`);

export const OrganizationRegisterMutation = graphql(`
  mutation OrganizationRegister($input: OrganizationRegisterInput!) {
    organizationRegister(input: $input) {
      organization {
        slug
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const OrganizationClaimMutation = graphql(`
  mutation OrganizationClaim($input: OrganizationClaimInput!) {
    organizationClaim(input: $input) {
      claimId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ClaimTargetQuery = graphql(`
  query ClaimTarget($slug: String!) {
    organizationBySlug(slug: $slug) {
      id
      slug
      name {
        ar
        en
      }
      governorate {
        name {
          ar
          en
        }
      }
    }
  }
`);

export const OrganizationUpdateMutation = graphql(`
  mutation OrganizationUpdate($input: OrganizationUpdateInput!) {
    organizationUpdate(input: $input) {
      organization {
        ...WorkspaceProfile
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MemberInviteMutation = graphql(`
  mutation MemberInvite($input: OrganizationMemberInviteInput!) {
    organizationMemberInvite(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MemberUpdateMutation = graphql(`
  mutation MemberUpdate($input: OrganizationMemberUpdateInput!) {
    organizationMemberUpdate(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** An invitation as the holder of its link sees it (null when the link is wrong, expired or used). */
export const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    organizationInvitation(token: $token) {
      role
      inviterName
      expiresAt
      organization {
        slug
        name {
          ar
          en
        }
      }
    }
  }
`);

export const InvitationAcceptMutation = graphql(`
  mutation InvitationAccept($input: OrganizationInvitationAcceptInput!) {
    organizationInvitationAccept(input: $input) {
      organization {
        slug
        name {
          ar
          en
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const VerificationSubmitMutation = graphql(`
  mutation VerificationSubmit($input: OrganizationVerificationSubmitInput!) {
    organizationVerificationSubmit(input: $input) {
      organization {
        verification {
          state
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
