package org.providerdesk.server.web;

import io.javalin.http.Context;
import org.providerdesk.api.ProblemTypes;

/** ETags from change numbers, and the If-Match check of guarded writes (stale: 412, missing: 428). */
public final class Etags {

    private Etags() {
    }

    public static String of(long changeNo) {
        return "\"" + changeNo + "\"";
    }

    /** @throws ApiException 428 when If-Match is missing, 412 when it is not the record's current ETag */
    public static void requireMatch(Context ctx, long currentChangeNo) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, ProblemTypes.PRECONDITION_REQUIRED, "If-Match required",
                    "This change needs the version you saw (an If-Match header), so that it cannot overwrite a "
                            + "newer one.");
        }
        if (!ifMatch.trim().equals(of(currentChangeNo))) {
            throw new ApiException(412, ProblemTypes.STALE, "Changed since you looked",
                    "This was changed since you last saw it. Look at it again, then decide.");
        }
    }
}
