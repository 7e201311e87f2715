"""The simulated people of the load benchmark (Locust users) and their GraphQL.

A shopper places one order per loop, with no think time (a closed loop: the
server's capacity sets the pace). Half are signed in (a bearer token from the
seed), half are guests with a fresh e-mail; half arrive with a referral code:
with the plugin on they land with `referralProgram(code:)` and
`referralVisitTrack`, then both runs apply the code with `checkoutAddPromoCode`
(it is a native Saleor voucher code, valid with the plugin off too). Every order is
paid by staff with `orderMarkAsPaid`.

Each shopper loop has its own client address in `X-Forwarded-For` (Saleor is
served with `REFERRALS_TRUSTED_PROXIES=1`), as shoppers behind a load balancer:
the per-client throttles apply per shopper, not to the whole benchmark.

Readers page through what a customer's account page reads (each read from an
address of its own, another customer's page view): with the plugin,
`referralLeaderboard` and an advocate's `referralProfile`; without it, the same
number of requests of Saleor's own account page (`me { orders }`).
"""

from __future__ import annotations

import itertools
import random
import uuid
from collections import deque
from typing import Any, ClassVar

import gevent
from locust import between, constant, task
from locust.contrib.fasthttp import FastHttpUser

PROGRAM = """query landing($channel: String!, $code: String) {
  referralProgram(channel: $channel, code: $code) {
    isActive code advocateName friendOffer { type value } } }"""
VISIT = """mutation visit($channel: String!, $code: String!) {
  referralVisitTrack(channel: $channel, code: $code, network: WHATSAPP) {
    errors { field code message } } }"""
CHECKOUT_CREATE = """mutation create($input: CheckoutCreateInput!) {
  checkoutCreate(input: $input) { checkout { id } errors { field code message } } }"""
DELIVERY = """mutation delivery($id: ID!, $method: ID!) {
  checkoutDeliveryMethodUpdate(id: $id, deliveryMethodId: $method) {
    errors { field code message } } }"""
PROMO_CODE = """mutation promo($id: ID!, $code: String!) {
  checkoutAddPromoCode(id: $id, promoCode: $code) { errors { field code message } } }"""
COMPLETE = """mutation complete($id: ID!) {
  checkoutComplete(id: $id) { order { id } errors { field code message } } }"""
MARK_PAID = """mutation paid($id: ID!) {
  orderMarkAsPaid(id: $id) { order { chargeStatus } errors { field code message } } }"""
LEADERBOARD = """query board($channel: String!) {
  referralLeaderboard(channel: $channel) { rank name convertedReferrals } }"""
PROFILE = """query profile($channel: String!) {
  referralProfile(channel: $channel) {
    code stats { friends pending rewarded earned { amount currency } }
    referrals(first: 20) { totalCount edges { node { status friendName } } }
    rewards(first: 20) { totalCount edges { node { status voucherCode } } } } }"""
ACCOUNT_ORDERS = """query account {
  me { email orders(first: 20) { totalCount edges { node { number status } } } } }"""

ADDRESS = {
    "firstName": "Load",
    "lastName": "Shopper",
    "streetAddress1": "350 Fifth Avenue",
    "city": "NEW YORK",
    "postalCode": "10118",
    "countryArea": "NY",
    "country": "US",
}


def global_id(type_name: str, pk: str) -> str:
    import base64

    return base64.b64encode(f"{type_name}:{pk}".encode()).decode()


class Shop:
    """What the seed made, shared by every simulated user of one run."""

    plugin_on: bool = True
    channel: str = "load"
    variants: ClassVar[list[str]] = []
    shipping_method: str = ""
    codes: ClassVar[list[str]] = []
    advocate_tokens: ClassVar[list[str]] = []
    customers: deque[dict[str, str]] = deque()
    staff_token: str = ""
    addresses = itertools.count(1)
    # Closed at the end of a run: no new order starts, those in flight finish.
    open: bool = True
    in_flight: int = 0

    @classmethod
    def load(cls, seeded: dict[str, Any], *, plugin_on: bool) -> None:
        cls.plugin_on = plugin_on
        cls.channel = seeded["channel"]
        cls.variants = seeded["variants"]
        cls.shipping_method = global_id("ShippingMethod", seeded["shipping_method"])
        cls.codes = seeded["codes"]
        cls.advocate_tokens = seeded["advocate_tokens"]
        cls.customers = deque(seeded["customers"])
        cls.staff_token = seeded["staff_token"]
        cls.open = True
        cls.in_flight = 0

    @classmethod
    def next_address(cls) -> str:
        """A client address of its own for each shopper visit (10.x.y.z)."""
        number = next(cls.addresses)
        return f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"


class GraphQLUser(FastHttpUser):
    abstract = True

    def graphql(
        self,
        name: str,
        query: str,
        variables: dict[str, Any],
        *,
        token: str = "",
        address: str = "",
        accept_errors: bool = False,
    ) -> dict[str, Any] | None:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if address:
            headers["X-Forwarded-For"] = address
        with self.client.post(
            "/graphql/",
            json={"query": query, "variables": variables},
            headers=headers,
            name=name,
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
                return None
            body = response.json()
            if body.get("errors"):
                response.failure(str(body["errors"])[:300])
                return None
            data = body["data"]
            [result] = data.values()
            if isinstance(result, dict) and result.get("errors") and not accept_errors:
                response.failure(str(result["errors"])[:300])
                return None
            return result


class Shopper(GraphQLUser):
    wait_time = constant(0)

    @task
    def order(self) -> None:
        if not Shop.open:
            gevent.sleep(1)
            return
        Shop.in_flight += 1
        try:
            self.place_order()
        finally:
            Shop.in_flight -= 1

    def place_order(self) -> None:
        address = Shop.next_address()
        code = random.choice(Shop.codes) if random.random() < 0.5 else ""
        token = ""
        email = f"guest-{uuid.uuid4().hex[:16]}@load.example.com"
        if random.random() < 0.5 and Shop.customers:
            customer = Shop.customers.popleft()
            token, email = customer["token"], customer["email"]
        if code and Shop.plugin_on:
            variables = {"channel": Shop.channel, "code": code}
            self.graphql("referralProgram", PROGRAM, variables, address=address)
            self.graphql("referralVisitTrack", VISIT, variables, address=address)
        created = self.graphql(
            "checkoutCreate",
            CHECKOUT_CREATE,
            {
                "input": {
                    "channel": Shop.channel,
                    "email": email,
                    "lines": [
                        {
                            "quantity": 1,
                            "variantId": global_id(
                                "ProductVariant", random.choice(Shop.variants)
                            ),
                        }
                    ],
                    "shippingAddress": ADDRESS,
                    "billingAddress": ADDRESS,
                }
            },
            token=token,
            address=address,
        )
        if created is None:
            return
        checkout = created["checkout"]["id"]
        if (
            self.graphql(
                "checkoutDeliveryMethodUpdate",
                DELIVERY,
                {"id": checkout, "method": Shop.shipping_method},
                token=token,
                address=address,
            )
            is None
        ):
            return
        if code and (
            self.graphql(
                "checkoutAddPromoCode",
                PROMO_CODE,
                {"id": checkout, "code": code},
                token=token,
                address=address,
            )
            is None
        ):
            return
        completed = self.graphql(
            "checkoutComplete", COMPLETE, {"id": checkout}, token=token, address=address
        )
        if completed is None:
            return
        self.graphql(
            "orderMarkAsPaid",
            MARK_PAID,
            {"id": completed["order"]["id"]},
            token=Shop.staff_token,
        )


class Reader(GraphQLUser):
    wait_time = between(0.5, 1.5)

    @task
    def read(self) -> None:
        # Each read is another customer's page view, from an address of its own
        # (one address for all would be one client over the public throttles).
        token = random.choice(Shop.advocate_tokens)
        address = Shop.next_address()
        if not Shop.plugin_on:
            self.graphql(
                "me.orders (off)", ACCOUNT_ORDERS, {}, token=token, address=address
            )
        elif random.random() < 0.5:
            self.graphql(
                "referralLeaderboard",
                LEADERBOARD,
                {"channel": Shop.channel},
                address=address,
            )
        else:
            self.graphql(
                "referralProfile",
                PROFILE,
                {"channel": Shop.channel},
                token=token,
                address=address,
            )
