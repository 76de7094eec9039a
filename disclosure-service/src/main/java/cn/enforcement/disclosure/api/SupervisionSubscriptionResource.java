package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.domain.DisclosureProblem;
import cn.enforcement.disclosure.domain.FeedDelivery;
import cn.enforcement.disclosure.domain.FeedSubscription;
import cn.enforcement.disclosure.domain.SupervisionPush;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A supervision platform's subscriptions to the signed push of the feed (webhooks): subscribe, see each attempt,
 * replay from a cursor after an outage, unsubscribe. A partner sees only its own subscriptions.
 */
@Tag(name = "partners")
@Path("/api/v1/supervision/subscriptions")
@Transactional
public class SupervisionSubscriptionResource {

    private final SupervisionPush push;
    private final AgencyScope scope;

    SupervisionSubscriptionResource(SupervisionPush push, AgencyScope scope) {
        this.push = push;
        this.scope = scope;
    }

    @Operation(operationId = "subscribeToSupervisionFeed", summary = "Subscribe an address to the signed push of the supervision feed")
    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @IdempotentCommand
    public RestResponse<SubscriptionView> subscribe(@Valid @NotNull SubscriptionInput body) {
        FeedSubscription subscription = push.subscribe(scope.subject(), scope.regionCode(), body.url(),
                body.kinds() == null ? List.of() : body.kinds(), body.regionCode());
        return RestResponse.ResponseBuilder.<SubscriptionView>created(URI.create("/api/v1/supervision/subscriptions/" + subscription.subscriptionId))
                .entity(SubscriptionView.of(subscription, true)).build();
    }

    @Operation(operationId = "listSupervisionSubscriptions", summary = "Your subscriptions to the supervision feed")
    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    public List<SubscriptionView> list() {
        return FeedSubscription.<FeedSubscription>list("partner = ?1 order by createdAt", scope.subject()).stream()
                .map(subscription -> SubscriptionView.of(subscription, false)).toList();
    }

    @Operation(operationId = "getSupervisionSubscription", summary = "One of your subscriptions and where its push stands")
    @GET
    @Path("/{subscriptionId}")
    @RolesAllowed(Roles.SUPERVISOR)
    public SubscriptionView one(@PathParam("subscriptionId") String subscriptionId) {
        return SubscriptionView.of(own(subscriptionId), false);
    }

    @Operation(operationId = "listSupervisionDeliveries", summary = "Every attempt to push to the subscription, newest first")
    @GET
    @Path("/{subscriptionId}/deliveries")
    @RolesAllowed(Roles.SUPERVISOR)
    public List<DeliveryView> deliveries(@PathParam("subscriptionId") String subscriptionId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        FeedSubscription subscription = own(subscriptionId);
        return FeedDelivery.<FeedDelivery>find("subscriptionId = ?1 order by id desc", subscription.subscriptionId).page(0, limit).list()
                .stream().map(DeliveryView::of).toList();
    }

    @Operation(operationId = "replaySupervisionSubscription", summary = "Push again from a cursor (after an outage); resumes a parked subscription")
    @POST
    @Path("/{subscriptionId}/replay")
    @RolesAllowed(Roles.SUPERVISOR)
    @IdempotentCommand
    public RestResponse<SubscriptionView> replay(@PathParam("subscriptionId") String subscriptionId, @Valid @NotNull ReplayInput body) {
        FeedSubscription subscription = own(subscriptionId);
        push.replay(subscription, body.after());
        return RestResponse.ok(SubscriptionView.of(subscription, false));
    }

    @Operation(operationId = "unsubscribeFromSupervisionFeed", summary = "End the subscription; its delivery log goes with it")
    @DELETE
    @Path("/{subscriptionId}")
    @RolesAllowed(Roles.SUPERVISOR)
    public void unsubscribe(@PathParam("subscriptionId") String subscriptionId) {
        own(subscriptionId).delete();
    }

    private FeedSubscription own(String subscriptionId) {
        FeedSubscription subscription = subscriptionId.length() > 36 ? null : FeedSubscription.findById(subscriptionId);
        if (subscription == null || !subscription.partner.equals(scope.subject())) {
            throw DisclosureProblem.SUBSCRIPTION_NOT_FOUND.refuse("no subscription " + subscriptionId + " of yours");
        }
        return subscription;
    }
}
