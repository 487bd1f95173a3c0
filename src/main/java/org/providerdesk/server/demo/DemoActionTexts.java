package org.providerdesk.server.demo;

import java.util.Random;
import org.providerdesk.domain.ActionType;

/** Invented wording of demo actions and their replies. No real person or case. */
final class DemoActionTexts {

    /** What an action is about and the team it goes to first. */
    record Subject(String team, String title, String text) {
    }

    private static final String[][] CONTRACT_QUERIES = {
        {"Hospital admission", "Resident was admitted to hospital on Tuesday evening and is expected to stay at "
            + "least a week. Please advise whether the placement is suspended or the room retained."},
        {"Client deceased", "We are sorry to report that the resident died peacefully at the home. Please end the "
            + "care package and let us know the final date of payment."},
        {"Return from hospital", "Resident returned to the home after a hospital stay. Please confirm the package "
            + "restarts from the date of return."},
        {"Start date differs from placement", "The service agreement shows a start date two days after the "
            + "resident actually moved in. Please correct the start date."},
        {"Funded nursing care added", "The resident has been assessed as eligible for funded nursing care. Please "
            + "update the service agreement."},
        {"Change of room type", "Resident moved to a larger room at the family's request. Please confirm whether "
            + "a third party top-up is needed."},
    };
    private static final String[][] PAYMENT_QUERIES = {
        {"Payment missing for period 7", "No payment has been received for period 7 for this resident, although "
            + "the schedule was confirmed before the deadline."},
        {"Suspended payment", "A line is shown on the Non-payable tab as suspended. Please explain why and what "
            + "we need to do to have it released."},
        {"Remittance does not match schedule", "The remittance advice for the last period is lower than the "
            + "confirmed schedule for this client. Please send a breakdown of the difference."},
        {"Rate uplift not applied", "The new rate for this year has not been applied to this client's payments "
            + "since period 1."},
    };
    private static final String[] VARIATION_REASONS = {
        "Informal carer was in hospital, so extra visits were needed to cover evening calls.",
        "Carer stayed with the client for three hours waiting for an ambulance after a fall.",
        "Family carer on holiday for the week; extra lunchtime calls agreed with the family.",
        "Client discharged from hospital on a Friday; double-up calls until the reablement team took over.",
    };
    private static final String[] COUNCIL_REPLIES = {
        "Thank you, we have received this and passed it to the social worker.",
        "Could you please send the dates and times the extra care was given?",
        "We are checking this against the service agreement and will reply within the week.",
        "This has been referred to the payments team for a decision.",
        "Please confirm whether the family have been told.",
    };
    private static final String[] PROVIDER_REPLIES = {
        "Thank you. The care notes with the dates and times are attached to our records and available on request.",
        "Yes, the family were told on the day.",
        "Could you let us know when we can expect an answer? The period deadline is close.",
        "We have checked again and the dates given are correct.",
    };
    private static final String[] CLOSINGS = {
        "The service agreement has been updated. Closing this action.",
        "Resolved: the correction will show in the next payment schedule.",
        "Answered above. Closing; please raise a new action if anything is still wrong.",
    };

    private DemoActionTexts() {
    }

    static Subject subject(ActionType type, boolean homeCare, Random random) {
        return switch (type) {
            case CONTRACT_QUERY -> pick(CONTRACT_QUERIES, "ASC_SERVICE_AGREEMENT", random);
            case PAYMENT_QUERY -> pick(PAYMENT_QUERIES, homeCare ? "NASC_PAYMENTS" : "RESIDENTIAL_PAYMENTS", random);
            case VARIATION -> new Subject("ASC_BROKERAGE", "Variation", "Please can you confirm if Adult Social Care "
                    + "agree or reject the above variation request for this client.");
        };
    }

    static String variationReason(Random random) {
        return VARIATION_REASONS[random.nextInt(VARIATION_REASONS.length)];
    }

    static String council(Random random) {
        return COUNCIL_REPLIES[random.nextInt(COUNCIL_REPLIES.length)];
    }

    static String provider(Random random) {
        return PROVIDER_REPLIES[random.nextInt(PROVIDER_REPLIES.length)];
    }

    static String closing(ActionType type, Random random) {
        if (type == ActionType.VARIATION) {
            return "The variation has been considered by Adult Social Care. Closing this action with the decision.";
        }
        return CLOSINGS[random.nextInt(CLOSINGS.length)];
    }

    private static Subject pick(String[][] subjects, String team, Random random) {
        String[] subject = subjects[random.nextInt(subjects.length)];
        return new Subject(team, subject[0], subject[1]);
    }
}
