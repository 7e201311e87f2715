"""The webhooks App mode asks Saleor for, and their subscription queries.

Each query carries exactly what the plugin's hooks read from a Saleor order
(`commerce.saleor_adapter.saleor_order_facts`, `plugin.order_seen`) or a new
account (`signups.receivers`), under the same names `payloads.py` reads back.
"""

from __future__ import annotations

ORDER_EVENTS = (
    "ORDER_CREATED",
    "ORDER_FULLY_PAID",
    "ORDER_REFUNDED",
    "ORDER_FULLY_REFUNDED",
    "ORDER_CANCELLED",
)
CUSTOMER_EVENTS = ("CUSTOMER_CREATED", "CUSTOMER_DELETED")

# The subscription's type of each event (`__typename` of `event`): the signed
# payload says which event it is, the unsigned `Saleor-Event` header does not count.
EVENT_TYPES = {
    "OrderCreated": "ORDER_CREATED",
    "OrderFullyPaid": "ORDER_FULLY_PAID",
    "OrderRefunded": "ORDER_REFUNDED",
    "OrderFullyRefunded": "ORDER_FULLY_REFUNDED",
    "OrderCancelled": "ORDER_CANCELLED",
    "CustomerCreated": "CUSTOMER_CREATED",
    "CustomerDeleted": "CUSTOMER_DELETED",
}

ORDER_FIELDS = """
fragment ReferralOrder on Order {
  id
  number
  channel { slug }
  currency: total { gross { currency } }
  total { gross { amount } }
  undiscountedTotal { gross { amount } }
  totalCharged { amount }
  user { id }
  userEmail
  voucherCode
  languageCodeEnum
  referralCode: metafield(key: "referral_code")
  referralNetwork: metafield(key: "referral_network")
}
"""

CUSTOMER_FIELDS = """
fragment ReferralCustomer on User {
  id
  email
  dateJoined
  referralCode: metafield(key: "referral_code")
}
"""

ORDER_SUBSCRIPTION = (
    "subscription ReferralOrderEvents {\n  event {\n    __typename\n"
    + "".join(
        f"    ... on {type_name} {{ order {{ ...ReferralOrder }} }}\n"
        for type_name, event in EVENT_TYPES.items()
        if event in ORDER_EVENTS
    )
    + "  }\n}\n"
    + ORDER_FIELDS
)

CUSTOMER_SUBSCRIPTION = (
    "subscription ReferralCustomerEvents {\n  event {\n    __typename\n"
    + "".join(
        f"    ... on {type_name} {{ user {{ ...ReferralCustomer }} }}\n"
        for type_name, event in EVENT_TYPES.items()
        if event in CUSTOMER_EVENTS
    )
    + "  }\n}\n"
    + CUSTOMER_FIELDS
)

# (name, events, query) of each webhook in the manifest.
WEBHOOKS = (
    ("Referrals: orders", ORDER_EVENTS, ORDER_SUBSCRIPTION),
    ("Referrals: customers", CUSTOMER_EVENTS, CUSTOMER_SUBSCRIPTION),
)
