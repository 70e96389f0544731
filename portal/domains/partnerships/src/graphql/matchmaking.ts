import { graphql } from '@shabaka/graphql';

/** The public list of matchmaking days (officers see drafts too). */
export const MatchmakingDaysQuery = graphql(`
  query MatchmakingDays($first: Int, $after: String) {
    matchmakingDays(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          uuid
          status
          startsAt
          endsAt
          slotMinutes
          online
          governorateCode
          title {
            ar
            en
          }
          venue {
            ar
            en
          }
          participants(first: 1) {
            totalCount
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A day's page: its slots, who takes part (with needs and offers), and the viewer's own participations. */
export const MatchmakingDayQuery = graphql(`
  query MatchmakingDay($id: ID!, $first: Int) {
    matchmakingDay(id: $id) {
      id
      uuid
      status
      startsAt
      endsAt
      slotMinutes
      online
      onlineUrl
      governorateCode
      title {
        ar
        en
      }
      venue {
        ar
        en
      }
      slots {
        id
        position
        startsAt
        endsAt
      }
      viewerParticipants {
        id
        uuid
        party {
          __typename
          ... on Organization {
            id
            name {
              ar
              en
            }
          }
          ... on Institution {
            id
            name {
              ar
              en
            }
          }
        }
      }
      participants(first: $first) {
        totalCount
        edges {
          node {
            id
            uuid
            note {
              ar
              en
            }
            party {
              __typename
              ... on Organization {
                id
                slug
                name {
                  ar
                  en
                }
                partnershipListings(first: 6) {
                  edges {
                    node {
                      id
                      kind
                      capability {
                        code
                      }
                    }
                  }
                }
              }
              ... on Institution {
                id
                slug
                name {
                  ar
                  en
                }
                partnershipListings(first: 6) {
                  edges {
                    node {
                      id
                      kind
                      capability {
                        code
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** The parties the viewer acts for, to take part with one of them. */
export const MatchmakingViewerPartiesQuery = graphql(`
  query MatchmakingViewerParties {
    viewer {
      memberships {
        role
        organization {
          id
          name {
            ar
            en
          }
        }
      }
      institutionMemberships {
        role
        institution {
          id
          name {
            ar
            en
          }
        }
      }
    }
  }
`);

/** One participant's own view: availability, meetings sent and received, agenda. */
export const MatchmakingParticipantQuery = graphql(`
  query MatchmakingParticipant($id: ID!) {
    matchmakingParticipant(id: $id) {
      id
      uuid
      viewerActsFor
      availableSlotIds
      agendaLink {
        createdAt
      }
      party {
        __typename
        ... on Organization {
          name {
            ar
            en
          }
        }
        ... on Institution {
          name {
            ar
            en
          }
        }
      }
      day {
        id
        uuid
        title {
          ar
          en
        }
        startsAt
        endsAt
        online
        onlineUrl
        venue {
          ar
          en
        }
        governorateCode
        slots {
          id
          position
          startsAt
          endsAt
        }
      }
      agenda {
        ...MatchmakingMeetingItem
      }
      meetingsSent {
        ...MatchmakingMeetingItem
      }
      meetingsReceived {
        ...MatchmakingMeetingItem
        commonFreeSlots {
          id
          startsAt
          endsAt
        }
      }
    }
  }
`);

export const MatchmakingMeetingItemFragment = graphql(`
  fragment MatchmakingMeetingItem on MatchmakingMeeting {
    id
    uuid
    status
    message
    declineReason
    createdAt
    slot {
      id
      startsAt
      endsAt
    }
    requester {
      id
      party {
        __typename
        ... on Organization {
          name {
            ar
            en
          }
        }
        ... on Institution {
          name {
            ar
            en
          }
        }
      }
    }
    invitee {
      id
      party {
        __typename
        ... on Organization {
          name {
            ar
            en
          }
        }
        ... on Institution {
          name {
            ar
            en
          }
        }
      }
    }
  }
`);

export const MatchmakingDayCreateMutation = graphql(`
  mutation MatchmakingDayCreate($input: MatchmakingDayCreateInput!) {
    matchmakingDayCreate(input: $input) {
      day {
        id
        uuid
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MatchmakingDayPublishMutation = graphql(`
  mutation MatchmakingDayPublish($input: MatchmakingDayPublishInput!) {
    matchmakingDayPublish(input: $input) {
      day {
        id
        uuid
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MatchmakingParticipantRegisterMutation = graphql(`
  mutation MatchmakingParticipantRegister($input: MatchmakingParticipantRegisterInput!) {
    matchmakingParticipantRegister(input: $input) {
      participant {
        id
        uuid
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MatchmakingAvailabilitySetMutation = graphql(`
  mutation MatchmakingAvailabilitySet($input: MatchmakingAvailabilitySetInput!) {
    matchmakingAvailabilitySet(input: $input) {
      participant {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MatchmakingMeetingRequestMutation = graphql(`
  mutation MatchmakingMeetingRequest($input: MatchmakingMeetingRequestInput!) {
    matchmakingMeetingRequest(input: $input) {
      meeting {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MatchmakingMeetingAcceptMutation = graphql(`
  mutation MatchmakingMeetingAccept($input: MatchmakingMeetingAcceptInput!) {
    matchmakingMeetingAccept(input: $input) {
      meeting {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MatchmakingMeetingDeclineMutation = graphql(`
  mutation MatchmakingMeetingDecline($input: MatchmakingMeetingDeclineInput!) {
    matchmakingMeetingDecline(input: $input) {
      meeting {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MatchmakingMeetingCancelMutation = graphql(`
  mutation MatchmakingMeetingCancel($input: MatchmakingMeetingCancelInput!) {
    matchmakingMeetingCancel(input: $input) {
      meeting {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MatchmakingAgendaLinkResetMutation = graphql(`
  mutation MatchmakingAgendaLinkReset($input: MatchmakingAgendaLinkResetInput!) {
    matchmakingAgendaLinkReset(input: $input) {
      agendaLink {
        url
        createdAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The capability names, for the day page's needs and offers (kept out of its query, which is deep enough). */
export const MatchmakingCapabilitiesQuery = graphql(`
  query MatchmakingCapabilities {
    partnershipCapabilities {
      code
      name {
        ar
        en
      }
    }
  }
`);

/** The governorates, for the set-up form's venue. */
export const MatchmakingGovernoratesQuery = graphql(`
  query MatchmakingGovernorates {
    governorates {
      code
      name {
        ar
        en
      }
    }
  }
`);
