"""One shopper's order through Saleor's /graphql/, step by step, counting the SQL of
each request (used by test_query_budget.py and benchmarks/saleor_request_queries.py).

Steps: checkoutCreate (a line, addresses), checkoutDeliveryMethodUpdate, optionally
checkoutAddPromoCode, checkoutComplete (unpaid orders allowed), then staff
orderMarkAsPaid. Celery tasks are held (recorded, not run), so the counts are the
requests' own; the hooks Saleor defers with `on_commit` run inside the count
(Saleor's test client executes the on-commit callbacks of each request).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import graphene
from celery.app.task import Task
from django.db import connection
from django.test.utils import CaptureQueriesContext
from saleor.graphql.tests.utils import get_graphql_content

from .fixtures import CHECKOUT_COMPLETE

CHECKOUT_CREATE = """
mutation create($input: CheckoutCreateInput!) {
  checkoutCreate(input: $input) { checkout { id } errors { field code message } }
}
"""
DELIVERY_METHOD_UPDATE = """
mutation delivery($id: ID!, $method: ID!) {
  checkoutDeliveryMethodUpdate(id: $id, deliveryMethodId: $method) {
    errors { field code message }
  }
}
"""
ADD_PROMO_CODE = """
mutation promo($id: ID!, $code: String!) {
  checkoutAddPromoCode(id: $id, promoCode: $code) { errors { field code message } }
}
"""
ORDER_MARK_AS_PAID = """
mutation markPaid($id: ID!) {
  orderMarkAsPaid(id: $id) { order { chargeStatus } errors { field code message } }
}
"""
STEPS = (
    "checkoutCreate",
    "checkoutDeliveryMethodUpdate",
    "checkoutAddPromoCode",
    "checkoutComplete",
    "orderMarkAsPaid",
)


@contextmanager
def celery_held() -> Iterator[list[str]]:
    """Record every task sent (Saleor's and ours) instead of running it."""
    held: list[str] = []
    original = Task.apply_async

    def hold(task: Task, *args: Any, **kwargs: Any) -> None:
        held.append(task.name)

    Task.apply_async = hold  # type: ignore[method-assign]
    try:
        yield held
    finally:
        Task.apply_async = original  # type: ignore[method-assign]


class Shopper:
    def __init__(
        self, client, staff_client, *, channel, variant, address, shipping_method
    ):
        self.client = client
        self.staff_client = staff_client
        self.channel = channel
        self.variant = variant
        self.address = address
        self.shipping_method = shipping_method

    def _post(
        self,
        steps: dict[str, list[str]],
        step: str,
        query: str,
        variables: dict,
        client=None,
    ) -> dict:
        # Saleor's test client runs the request's on-commit callbacks (the hooks
        # Saleor defers inside a transaction, and what they register) itself.
        with CaptureQueriesContext(connection) as queries:
            response = (client or self.client).post_graphql(query, variables)
        steps[step] = [query["sql"] for query in queries.captured_queries]
        data = get_graphql_content(response)["data"]
        [result] = data.values()
        assert result["errors"] == [], (step, result["errors"])
        return result

    def order(self, promo_code: str = "") -> dict[str, list[str]]:
        """The SQL statements of each request of one order, by step."""
        steps, order = self.complete(promo_code)
        self.mark_paid(order["id"], steps)
        return steps

    def complete(self, promo_code: str = "") -> tuple[dict[str, list[str]], dict]:
        """A checkout through checkoutComplete (unpaid): the SQL of each step, and
        the order (`id number chargeStatus total`)."""
        steps: dict[str, list[str]] = {}
        address = {
            "firstName": self.address.first_name,
            "lastName": self.address.last_name,
            "streetAddress1": self.address.street_address_1,
            "city": self.address.city,
            "postalCode": self.address.postal_code,
            "countryArea": self.address.country_area,
            "country": self.address.country.code,
        }
        created = self._post(
            steps,
            "checkoutCreate",
            CHECKOUT_CREATE,
            {
                "input": {
                    "channel": self.channel.slug,
                    "email": self.client.user.email,
                    "lines": [
                        {
                            "quantity": 1,
                            "variantId": graphene.Node.to_global_id(
                                "ProductVariant", self.variant.pk
                            ),
                        }
                    ],
                    "shippingAddress": address,
                    "billingAddress": address,
                }
            },
        )
        checkout_id = created["checkout"]["id"]
        self._post(
            steps,
            "checkoutDeliveryMethodUpdate",
            DELIVERY_METHOD_UPDATE,
            {
                "id": checkout_id,
                "method": graphene.Node.to_global_id(
                    "ShippingMethod", self.shipping_method.pk
                ),
            },
        )
        if promo_code:
            self._post(
                steps,
                "checkoutAddPromoCode",
                ADD_PROMO_CODE,
                {"id": checkout_id, "code": promo_code},
            )
        completed = self._post(
            steps, "checkoutComplete", CHECKOUT_COMPLETE, {"id": checkout_id}
        )
        return steps, completed["order"]

    def mark_paid(self, order_id: str, steps: dict[str, list[str]] | None = None):
        """Staff's orderMarkAsPaid of the order (its GraphQL id)."""
        return self._post(
            {} if steps is None else steps,
            "orderMarkAsPaid",
            ORDER_MARK_AS_PAID,
            {"id": order_id},
            client=self.staff_client,
        )
