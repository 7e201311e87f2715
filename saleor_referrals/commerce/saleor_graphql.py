"""The commerce port over Saleor's GraphQL API, for App mode (Saleor is remote).

The same objects as the plugin's adapter (`saleor_adapter.py`), marked the same way
(`marks.py`), written through the mutations a Saleor App may call with its token.
What the API cannot do as the ORM adapter does, and the workaround used, is listed
in docs/app-mode.md ("The commerce port over GraphQL").

Never paying twice: a request whose answer was lost (`OutcomeUnknown`) may have been
committed by Saleor. Every money-carrying write is therefore found by its key before
it is sent again:

- a wallet card is created with its first credit's key in its metadata, in the
  same `giftCardCreate`, and found by a metadata filter;
- a top-up or a take-back of an existing card (`giftCardBalanceAdjust`, which takes
  no reference) is announced first: the card's metadata gets the key with the id of
  the card's last balance event; a retry that finds the announcement looks for a
  balance event after that id moving the balance by that amount before adjusting;
- an advocate voucher is usable only once it has a channel listing, which is added
  after its key is in its metadata; a lost `voucherCreate` is found by its code.
Notes are marked in the object's private metadata in the same request as the note.
"""

from __future__ import annotations

import base64
import json
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

from django.conf import settings
from django.db import IntegrityError

from .. import PLUGIN_ID
from ..facts import (
    REFERRAL_CODE_METADATA_KEY,
    REFERRAL_NETWORK_METADATA_KEY,
    CheckoutFacts,
    OrderFacts,
    Shopper,
)
from ..models import DiscountType
from .graphql_client import GraphQLClient, MutationError, OutcomeUnknown, payload
from .marks import (
    ADVOCATE_REWARD,
    DELETED_CARD,
    FRIEND_VOUCHER_METADATA,
    METADATA_KEY,
    NOT_PLACED_STATUSES,
    NOTE_KEY,
    PAID_CHARGE_STATUSES,
    REWARD_KEY,
    WALLET_METADATA,
    WALLET_TAG,
    build_order_facts,
    check_usable,
    discount_type_of,
    fingerprints_of,
    offer_restrictions,
)
from .port import (
    CheckoutNotFound,
    Customer,
    Fingerprints,
    FriendVoucherSpec,
    FriendVoucherState,
    IssuedVoucher,
    PromoCodeRejected,
    WalletCard,
    WalletCredit,
    WalletDebit,
    WalletUnavailable,
)

# How often a write whose answer was lost is looked up and sent again.
WRITE_ATTEMPTS = 3
# How long the shop's name (read for every e-mail) is kept.
SHOP_NAME_SECONDS = 300
# Codes looked up per request (two aliased fields each).
CODES_PER_REQUEST = 20
PAGE = 100
ADDRESS = "streetAddress1 streetAddress2 postalCode city country { code } phone"
CARD = """
  id code isActive expiryDate currentBalance { amount }
  assignedTo { id }
  journal: metafield(key: $journalKey)
  adjusted: events(filter: {type: BALANCE_ADJUSTED}) {
    id balance { currentBalance { amount } oldCurrentBalance { amount } }
  }
"""


class CodeTaken(IntegrityError):
    """Saleor refused a code another voucher or gift card holds: what the plugin's
    adapter gets from the database's unique index, so callers handle both alike."""


def global_id(type_name: str, pk: object) -> str:
    return base64.b64encode(f"{type_name}:{pk}".encode()).decode()


def pk_of(global_id_value: str) -> str:
    return base64.b64decode(global_id_value).decode().split(":", 1)[1]


def client_from_settings() -> GraphQLClient:
    """The client for the Saleor named by the settings (one Saleor per process;
    the App's tenants pass their own client to `SaleorGraphQLCommerce`)."""
    return GraphQLClient(
        settings.REFERRALS_SALEOR_API_URL, settings.REFERRALS_SALEOR_APP_TOKEN
    )


class SaleorGraphQLCommerce:
    def __init__(self, client: GraphQLClient | None = None):
        self.client = client or client_from_settings()
        self._channel_ids: dict[str, str] = {}
        self._shop_name: tuple[str, float] | None = None

    # Codes ------------------------------------------------------------------

    def is_code_available(self, code: str) -> bool:
        return not self.taken_codes([code])

    def taken_codes(self, codes: list[str]) -> set[str]:
        return set(self._holders(codes))

    def _holders(self, codes: list[str]) -> dict[str, tuple[str, str]]:
        """Taken codes -> (voucher global id, voucher code id), or ("", "") for a
        gift card's code. Saleor's voucher search matches codes case-insensitively
        and cannot filter a voucher's codes, so a voucher it finds has its codes
        read to tell `ADA2345` from `ada2345` (a cost only when a code is taken in
        some case)."""
        held: dict[str, tuple[str, str]] = {}
        unique = list(dict.fromkeys(codes))
        for start in range(0, len(unique), CODES_PER_REQUEST):
            chunk = unique[start : start + CODES_PER_REQUEST]
            fields, variables = [], {}
            for index, code in enumerate(chunk):
                variables[f"c{index}"] = code
                fields.append(
                    f"v{index}: vouchers(first: 20, filter: {{search: $c{index}}}) "
                    "{ edges { node { id } } } "
                    f"g{index}: giftCards(first: 1, filter: {{code: $c{index}}}) "
                    "{ edges { node { code } } }"
                )
            declared = ", ".join(f"${name}: String!" for name in variables)
            data = self.client.query(
                f"query Taken({declared}) {{ {' '.join(fields)} }}", variables
            )
            vouchers: dict[str, dict[str, dict]] = {}
            for index, code in enumerate(chunk):
                if any(e["node"]["code"] == code for e in data[f"g{index}"]["edges"]):
                    held[code] = ("", "")
                    continue
                for edge in data[f"v{index}"]["edges"]:
                    voucher = edge["node"]["id"]
                    if voucher not in vouchers:
                        vouchers[voucher] = self._voucher_codes(voucher) or {}
                    if code in vouchers[voucher]:
                        held[code] = (voucher, vouchers[voucher][code]["id"])
                        break
        return held

    def _voucher_codes(self, voucher: str) -> dict[str, dict] | None:
        """All codes of a voucher (global id): code -> {id, isActive, used}; None
        when the voucher does not exist."""
        codes: dict[str, dict] = {}
        after = None
        while True:
            data = self.client.query(
                """query Codes($id: ID!, $after: String) {
                  voucher(id: $id) { codes(first: 100, after: $after) {
                    edges { node { id code isActive used } }
                    pageInfo { hasNextPage endCursor } } } }""",
                {"id": voucher, "after": after},
            )
            if data["voucher"] is None:
                return None
            page = data["voucher"]["codes"]
            codes.update({e["node"]["code"]: e["node"] for e in page["edges"]})
            if not page["pageInfo"]["hasNextPage"]:
                return codes
            after = page["pageInfo"]["endCursor"]

    def add_voucher_codes(
        self, voucher_id: str, codes: list[str], *, fresh: bool = False
    ) -> None:
        voucher = global_id("Voucher", voucher_id)
        new = list(dict.fromkeys(codes))
        if not fresh:
            held = self._holders(new)
            if any(holder != voucher for holder, _ in held.values()):
                raise CodeTaken(f"taken by another voucher or a gift card: {codes}")
            new = [code for code in new if code not in held]
        if new:
            self._add_codes(voucher, new)

    def _add_codes(self, voucher: str, codes: list[str]) -> None:
        # Adding codes twice is refused (ALREADY_EXISTS), never doubled: a lost
        # answer is simply asked again and a refusal read back.
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                self._mutate(
                    "voucherUpdate",
                    """mutation AddCodes($id: ID!, $codes: [String!]) {
                      voucherUpdate(id: $id, input: {addCodes: $codes}) {
                        errors { field code message } } }""",
                    {"id": voucher, "codes": codes},
                )
                return
            except OutcomeUnknown:
                if attempt == WRITE_ATTEMPTS:
                    raise
                held = self._holders(codes)
                if all(held.get(code, ("",))[0] == voucher for code in codes):
                    return
            except MutationError as error:
                if "ALREADY_EXISTS" in error.codes or "UNIQUE" in error.codes:
                    raise CodeTaken(str(error)) from error
                raise

    def remove_voucher_codes(self, codes: list[str]) -> None:
        ids = [code_id for _, code_id in self._holders(codes).values() if code_id]
        if ids:
            self._mutate(
                "voucherCodeBulkDelete",
                """mutation RemoveCodes($ids: [ID!]!) {
                  voucherCodeBulkDelete(ids: $ids) { errors { code message } } }""",
                {"ids": ids},
            )

    def set_voucher_codes_active(self, codes: list[str], active: bool) -> None:
        """Saleor's API cannot switch a voucher code off (no mutation sets
        `VoucherCode.isActive`): switching off deletes the code, switching on
        (a code the Dashboard switched off) deletes and adds it again to the same
        voucher. Its use count starts again from zero (docs/app-mode.md)."""
        held = {
            code: holder for code, holder in self._holders(codes).items() if holder[1]
        }
        if not held:
            return
        self.remove_voucher_codes(list(held))
        if active:
            by_voucher: dict[str, list[str]] = {}
            for code, (voucher, _) in held.items():
                by_voucher.setdefault(voucher, []).append(code)
            for voucher, voucher_codes in by_voucher.items():
                self._add_codes(voucher, voucher_codes)

    # The friend voucher --------------------------------------------------------

    def save_friend_voucher(self, voucher_id: str, spec: FriendVoucherSpec) -> str:
        free_shipping = spec.discount_type == DiscountType.FREE_SHIPPING
        now = datetime.now(UTC)
        existing = None
        if voucher_id.isdigit():
            existing = self.client.query(
                "query Voucher($id: ID!) { voucher(id: $id) { id startDate } }",
                {"id": global_id("Voucher", voucher_id)},
            )["voucher"]
        offer: dict[str, Any] = {
            "name": spec.name,
            "type": "SHIPPING" if free_shipping else "ENTIRE_ORDER",
            "discountValueType": "FIXED"
            if spec.discount_type == DiscountType.FIXED
            else "PERCENTAGE",
            # The spec is the whole offer: what an operator narrowed is put back
            # (see SaleorCommerce.save_friend_voucher).
            "usageLimit": None,
            "singleUse": False,
            "applyOncePerCustomer": spec.once_per_customer,
            "applyOncePerOrder": False,
            "onlyForStaff": False,
            "countries": [],
            "minCheckoutItemsQuantity": None,
            "endDate": None if spec.active else now.isoformat(),
        }
        if existing is None or _datetime(existing["startDate"]) > now:
            offer["startDate"] = now.isoformat()
        voucher = self._create_offer(offer) if existing is None else existing["id"]
        data = self.client.mutate(
            """mutation SaveOffer($id: ID!, $offer: VoucherInput!,
                $listing: VoucherChannelListingInput!, $marks: [MetadataInput!]!,
                $update: Boolean!) {
              voucherUpdate(id: $id, input: $offer) @include(if: $update) {
                errors { field code message } }
              voucherChannelListingUpdate(id: $id, input: $listing) {
                errors { field code message } }
              updateMetadata(id: $id, input: $marks) { errors { field code message } }
            }""",
            {
                "id": voucher,
                "offer": offer,
                "update": existing is not None,
                "listing": {
                    "addChannels": [
                        {
                            "channelId": self._channel_id(spec.channel_slug),
                            "discountValue": str(
                                Decimal(100) if free_shipping else spec.value
                            ),
                            "minAmountSpent": None
                            if spec.min_spent is None
                            else str(spec.min_spent),
                        }
                    ]
                },
                "marks": _metadata_input(FRIEND_VOUCHER_METADATA),
            },
        )
        for name in ("voucherUpdate", "voucherChannelListingUpdate", "updateMetadata"):
            if name in data:
                payload(data, name)
        return pk_of(voucher)

    def _create_offer(self, offer: dict) -> str:
        """Saleor's voucherCreate refuses a voucher without a code, and the friend
        voucher starts with none: it is made with a code of its own, deleted at
        once (no customer ever sees it)."""
        created = self._mutate(
            "voucherCreate",
            """mutation CreateOffer($input: VoucherInput!) {
              voucherCreate(input: $input) {
                voucher { id codes(first: 1) { edges { node { id } } } }
                errors { field code message } } }""",
            {"input": {**offer, "addCodes": [f"REFERRALS-{uuid4().hex.upper()}"]}},
        )["voucher"]
        self._mutate(
            "voucherCodeBulkDelete",
            """mutation Scaffold($ids: [ID!]!) {
              voucherCodeBulkDelete(ids: $ids) { errors { code message } } }""",
            {"ids": [edge["node"]["id"] for edge in created["codes"]["edges"]]},
        )
        return created["id"]

    def read_friend_voucher(
        self, voucher_id: str, only_codes: list[str] | None = None
    ) -> FriendVoucherState | None:
        if not voucher_id.isdigit():
            return None
        voucher_gid = global_id("Voucher", voucher_id)
        voucher = self.client.query(
            """query Offer($id: ID!) { voucher(id: $id) {
                name type discountValueType startDate endDate usageLimit singleUse
                applyOncePerCustomer applyOncePerOrder onlyForStaff
                countries { code } minCheckoutItemsQuantity
                channelListings { channel { slug } currency discountValue
                  minSpent { amount } } } }""",
            {"id": voucher_gid},
        )["voucher"]
        if voucher is None:
            return None
        listing = next(iter(voucher["channelListings"]), None)
        now = datetime.now(UTC)
        restrictions = offer_restrictions(
            has_listing=listing is not None,
            starts_in_future=_datetime(voucher["startDate"]) > now,
            usage_limit=voucher["usageLimit"],
            single_use=voucher["singleUse"],
            once_per_order=voucher["applyOncePerOrder"],
            staff_only=voucher["onlyForStaff"],
            countries=voucher["countries"],
            min_quantity=voucher["minCheckoutItemsQuantity"],
        )
        spec = FriendVoucherSpec(
            channel_slug=listing["channel"]["slug"] if listing else "",
            currency=listing["currency"] if listing else "",
            name=voucher["name"] or "",
            discount_type=discount_type_of(
                shipping=voucher["type"] == "SHIPPING",
                fixed=voucher["discountValueType"] == "FIXED",
            ),
            value=_decimal(listing["discountValue"]) if listing else Decimal(0),
            min_spent=_decimal(listing["minSpent"]["amount"])
            if listing and listing["minSpent"]
            else None,
            active=voucher["endDate"] is None or _datetime(voucher["endDate"]) > now,
            once_per_customer=voucher["applyOncePerCustomer"],
        )
        codes = {
            code: node["isActive"]
            for code, node in (self._voucher_codes(voucher_gid) or {}).items()
            if only_codes is None or code in only_codes
        }
        return FriendVoucherState(voucher_id, spec, restrictions, codes)

    def prepare_wallets(self) -> None:
        """Nothing to prepare over the API: Saleor has no mutation that makes a
        gift card tag alone, and `giftCardCreate` makes the wallet tag with the
        first card (`addTags`)."""

    def existing_collection_ids(self, ids: list[str]) -> set[str]:
        numeric = [i for i in ids if str(i).isdigit()]
        if not numeric:
            return set()
        data = self.client.query(
            """query Collections($ids: [ID!]) {
              collections(first: 100, filter: {ids: $ids}) {
                edges { node { id } } } }""",
            {"ids": [global_id("Collection", i) for i in numeric]},
        )
        return {pk_of(e["node"]["id"]) for e in data["collections"]["edges"]}

    # Advocate vouchers ------------------------------------------------------------

    def issue_voucher(
        self,
        *,
        key: str,
        channel_slug: str,
        currency: str,
        amount: Decimal,
        code: str,
        name: str,
    ) -> IssuedVoucher:
        found = self._voucher_with_key(key)
        if found is None:
            voucher = self._create_reward_voucher(code, name)
            # The key first: a voucher without a listing is usable in no channel,
            # so one whose key never landed cannot have been given.
            self._mutate(
                "updateMetadata",
                """mutation Key($id: ID!, $marks: [MetadataInput!]!) {
                  updateMetadata(id: $id, input: $marks) { errors { code message } } }""",
                {
                    "id": voucher,
                    "marks": _metadata_input(
                        {METADATA_KEY: ADVOCATE_REWARD, REWARD_KEY: key}
                    ),
                },
            )
            found = {"id": voucher, "channelListings": [], "code": code}
        if not found["channelListings"]:
            self._mutate(
                "voucherChannelListingUpdate",
                """mutation List($id: ID!, $listing: VoucherChannelListingInput!) {
                  voucherChannelListingUpdate(id: $id, input: $listing) {
                    errors { field code message } } }""",
                {
                    "id": found["id"],
                    "listing": {
                        "addChannels": [
                            {
                                "channelId": self._channel_id(channel_slug),
                                "discountValue": str(amount),
                            }
                        ]
                    },
                },
            )
        return IssuedVoucher(pk_of(found["id"]), found["code"])

    def _voucher_with_key(self, key: str) -> dict | None:
        edges = self.client.query(
            """query Keyed($marks: [MetadataFilter!]) {
              vouchers(first: 1, filter: {metadata: $marks}) { edges { node {
                id channelListings { id } codes(first: 1) { edges { node { code } } }
              } } } }""",
            {"marks": [{"key": REWARD_KEY, "value": key}]},
        )["vouchers"]["edges"]
        if not edges:
            return None
        node = edges[0]["node"]
        return {**node, "code": node["codes"]["edges"][0]["node"]["code"]}

    def _create_reward_voucher(self, code: str, name: str) -> str:
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                created = self._mutate(
                    "voucherCreate",
                    """mutation Reward($input: VoucherInput!) {
                      voucherCreate(input: $input) {
                        voucher { id } errors { field code message } } }""",
                    {
                        "input": {
                            "name": name,
                            "type": "ENTIRE_ORDER",
                            "discountValueType": "FIXED",
                            # usageLimit makes Saleor count the use; singleUse
                            # closes the code.
                            "usageLimit": 1,
                            "singleUse": True,
                            "addCodes": [code],
                        }
                    },
                )
                return created["voucher"]["id"]
            except OutcomeUnknown:
                # The code was chosen for this reward: a voucher holding it is
                # the one the lost request made.
                holder = self._holders([code]).get(code)
                if holder and holder[0]:
                    return holder[0]
                if attempt == WRITE_ATTEMPTS:
                    raise
            except MutationError as error:
                if "ALREADY_EXISTS" in error.codes or "UNIQUE" in error.codes:
                    raise CodeTaken(str(error)) from error
                raise
        raise AssertionError("unreachable: the loop returns or raises")

    def voucher_is_used(self, voucher_id: str) -> bool:
        codes = self._voucher_codes(global_id("Voucher", voucher_id)) or {}
        return any(node["used"] for node in codes.values())

    def deactivate_voucher(self, voucher_id: str) -> None:
        """Ends the voucher now: the API cannot switch its code off (see
        `set_voucher_codes_active`), and an ended voucher applies to no checkout."""
        self._mutate(
            "voucherUpdate",
            """mutation End($id: ID!, $end: DateTime) {
              voucherUpdate(id: $id, input: {endDate: $end}) {
                errors { field code message } } }""",
            {
                "id": global_id("Voucher", voucher_id),
                "end": datetime.now(UTC).isoformat(),
            },
        )

    # Wallets --------------------------------------------------------------------

    def credit_wallet(
        self,
        *,
        key: str,
        customer: Customer,
        gift_card_id: str | None,
        currency: str,
        amount: Decimal,
        code: str,
        reason: str,
        notes: tuple[str, ...] = (),
    ) -> WalletCredit:
        journal = f"{REWARD_KEY}:{key}"
        keyed_notes = [(m, f"{key}:note:{i}") for i, m in enumerate(notes)]
        if gift_card_id:
            card = self._card(gift_card_id, journal)
            if card is None:
                raise WalletUnavailable(gift_card_id, DELETED_CARD, missing=True)
        else:
            card = self._card_with_key(journal)
            if card is None:
                card = self._new_wallet_card(customer, currency, code, amount, journal)
                _, card = self._move(card, journal, amount, keyed_notes, fresh=True)
                return _wallet_credit(card)
        if card["journal"] is None:
            _check_usable(card, customer)
        _, card = self._move(card, journal, amount, keyed_notes)
        return _wallet_credit(card)

    def debit_wallet(
        self, *, key: str, gift_card_id: str, amount: Decimal, reason: str
    ) -> WalletDebit:
        journal = f"{REWARD_KEY}:{key}"
        card = self._card(gift_card_id, journal)
        if card is None:
            raise WalletUnavailable(gift_card_id, DELETED_CARD, missing=True)
        balance = _decimal(card["currentBalance"]["amount"])
        moved, card = self._move(card, journal, -min(amount, balance), [])
        debited = -moved
        return WalletDebit(
            gift_card_id,
            debited,
            amount - debited,
            _decimal(card["currentBalance"]["amount"]),
        )

    def _move(
        self,
        card: dict,
        journal: str,
        change: Decimal,
        notes: list[tuple[str, str]],
        *,
        fresh: bool = False,
    ) -> tuple[Decimal, dict]:
        """Move the card's balance by `change` once per journal key, then write
        `notes` (message, key) and close the entry in one request: (the amount
        moved, by this call or the first one with the key; the card after it).

        The entry's states: `created` (a new card holds the amount), `sent` (the
        adjustment was announced), `done` (moved and noted). `fresh`: the card's
        entry was made by this call (no note of it can be there yet)."""
        entry = json.loads(card["journal"]) if card["journal"] else None
        # Notes may have been written by an earlier call with this key.
        resumed = entry is not None and not fresh
        if entry is not None and entry["state"] == "done":
            return Decimal(entry["moved"]), card
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            if entry is not None:
                landed = (
                    Decimal(entry["amount"])
                    if entry["state"] == "created"
                    else _adjustment_after(card, entry)
                )
                if landed is not None:
                    return self._finish(
                        card, journal, entry, landed, notes, resumed
                    ), card
            else:
                entry = {
                    "amount": str(change),
                    "after": _last_event_pk(card),
                    "state": "sent",
                }
                self._journal(card["id"], journal, entry)
            if change == 0:  # Saleor refuses a zero adjustment: nothing to move
                return self._finish(
                    card, journal, entry, Decimal(0), notes, resumed
                ), card
            try:
                card = self._mutate(
                    "giftCardBalanceAdjust",
                    f"""mutation Adjust($id: ID!, $amount: Decimal!,
                        $journalKey: String!) {{
                      giftCardBalanceAdjust(id: $id, amount: $amount) {{
                        giftCard {{ {CARD} }} errors {{ field code message }} }} }}""",
                    {"id": card["id"], "amount": str(change), "journalKey": journal},
                )["giftCard"]
            except OutcomeUnknown:
                if attempt == WRITE_ATTEMPTS:
                    raise
                card = self._card(pk_of(card["id"]), journal) or card
                continue
            landed = _adjustment_after(card, entry)
            moved = change if landed is None else landed
            return self._finish(card, journal, entry, moved, notes, resumed), card
        raise AssertionError("unreachable: the loop returns or raises")

    def _finish(
        self,
        card: dict,
        journal: str,
        entry: dict,
        moved: Decimal,
        notes: list[tuple[str, str]],
        resumed: bool,
    ) -> Decimal:
        """The notes, their marks and the closed entry, in one request (notes
        first: an entry left open has them looked up and written again when it
        is `resumed`)."""
        unmarked = [
            (message, key)
            for message, key in notes
            if not (resumed and self._note_marked(card["id"], "giftCard", key))
        ]
        declared = "".join(f", $m{i}: String!" for i in range(len(unmarked)))
        if unmarked:
            declared += ", $marks: [MetadataInput!]!"
        calls = " ".join(
            f"n{i}: giftCardAddNote(id: $id, input: {{message: $m{i}}}) "
            "{ errors { field code message } }"
            for i in range(len(unmarked))
        )
        marks = (
            "marks: updatePrivateMetadata(id: $id, input: $marks) "
            "{ errors { field code message } }"
            if unmarked
            else ""
        )
        document = f"""mutation Finish($id: ID!, $journal: [MetadataInput!]!{declared}) {{
          {calls} {marks}
          done: updateMetadata(id: $id, input: $journal) {{
            errors {{ field code message }} }} }}"""
        closed = {**entry, "state": "done", "moved": str(moved)}
        variables = {
            "id": card["id"],
            "journal": [{"key": journal, "value": json.dumps(closed)}],
            **({"marks": [_note_mark(key) for _, key in unmarked]} if unmarked else {}),
            **{f"m{i}": message for i, (message, _) in enumerate(unmarked)},
        }
        data = self.client.mutate(document, variables)
        for name in data:
            payload(data, name)
        return moved

    def _journal(self, card: str, journal: str, entry: dict) -> None:
        self._mutate(
            "updateMetadata",
            """mutation Journal($id: ID!, $marks: [MetadataInput!]!) {
              updateMetadata(id: $id, input: $marks) { errors { code message } } }""",
            {"id": card, "marks": [{"key": journal, "value": json.dumps(entry)}]},
        )

    def _card(self, gift_card_id: str, journal: str) -> dict | None:
        return self.client.query(
            f"""query Card($id: ID!, $journalKey: String!) {{
              giftCard(id: $id) {{ {CARD} }} }}""",
            {"id": global_id("GiftCard", gift_card_id), "journalKey": journal},
        )["giftCard"]

    def _card_with_key(self, journal: str) -> dict | None:
        edges = self.client.query(
            f"""query KeyedCard($marks: [MetadataFilter!], $journalKey: String!) {{
              giftCards(first: 1, filter: {{metadata: $marks}}) {{
                edges {{ node {{ {CARD} }} }} }} }}""",
            {"marks": [{"key": journal}], "journalKey": journal},
        )["giftCards"]["edges"]
        return edges[0]["node"] if edges else None

    def _new_wallet_card(
        self,
        customer: Customer,
        currency: str,
        code: str,
        amount: Decimal,
        journal: str,
    ) -> dict:
        """A wallet card holding its first credit, its key in the same write (the
        entry `created`: its notes follow)."""
        entry = {"amount": str(amount), "after": 0, "state": "created"}
        card_input: dict[str, Any] = {
            "code": code,
            "balance": {"amount": str(amount), "currency": currency},
            "isActive": True,
            "addTags": [WALLET_TAG],
            "metadata": _metadata_input(
                {**WALLET_METADATA, journal: json.dumps(entry)}
            ),
        }
        if customer.user_id:
            # Not `userEmail`: that sends Saleor's gift card e-mail.
            card_input["assignedTo"] = global_id("User", customer.user_id)
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                created = self._mutate(
                    "giftCardCreate",
                    f"""mutation Wallet($input: GiftCardCreateInput!,
                        $journalKey: String!) {{
                      giftCardCreate(input: $input) {{
                        giftCard {{ {CARD} }} errors {{ field code message }} }} }}""",
                    {"input": card_input, "journalKey": journal},
                )
                return created["giftCard"]
            except OutcomeUnknown:
                card = self._card_with_key(journal)
                if card is not None:
                    return card
                if attempt == WRITE_ATTEMPTS:
                    raise
            except MutationError as error:
                if "ALREADY_EXISTS" in error.codes:
                    raise CodeTaken(str(error)) from error
                raise
        raise AssertionError("unreachable: the loop returns or raises")

    def wallet_balance(self, gift_card_id: str) -> Decimal:
        return self.wallet_card(gift_card_id).balance

    def wallet_code(self, gift_card_id: str) -> str:
        return self.wallet_card(gift_card_id).code

    def wallet_card(self, gift_card_id: str, using: str = "default") -> WalletCard:
        # `using` names a database of the plugin's Saleor; here Saleor answers.
        card = self.client.query(
            """query Wallet($id: ID!) {
              giftCard(id: $id) { code currentBalance { amount } } }""",
            {"id": global_id("GiftCard", gift_card_id)},
        )["giftCard"]
        if card is None:
            raise WalletUnavailable(gift_card_id, DELETED_CARD, missing=True)
        return WalletCard(
            gift_card_id, card["code"], _decimal(card["currentBalance"]["amount"])
        )

    # Notes ----------------------------------------------------------------------

    def add_gift_card_note(self, gift_card_id: str, message: str, key: str) -> bool:
        return self._note_once(
            global_id("GiftCard", gift_card_id),
            "giftCard",
            "giftCardAddNote(id: $id, input: {message: $message})",
            message,
            key,
        )

    def add_order_note(self, order_id: str, message: str, key: str) -> bool:
        if _uuid(order_id) is None:
            return False
        return self._note_once(
            global_id("Order", order_id),
            "order",
            "orderNoteAdd(order: $id, input: {message: $message})",
            message,
            key,
        )

    def record_order_notes(self, order_id: str, notes: list[tuple[str, str]]) -> int:
        """Over the API there is no caller's transaction to make the notes once:
        each is marked and looked up like add_order_note's."""
        if _uuid(order_id) is None:
            return 0
        return sum(
            self.add_order_note(order_id, message, key) for message, key in notes
        )

    def _note_marked(self, owner: str, owner_field: str, key: str) -> bool | None:
        """The note with `key` was written on the owner; None: no such owner."""
        found = self.client.query(
            f"""query Noted($id: ID!, $mark: String!) {{
              {owner_field}(id: $id) {{ id mark: privateMetafield(key: $mark) }} }}""",
            {"id": owner, "mark": _note_mark(key)["key"]},
        )[owner_field]
        return None if found is None else found["mark"] is not None

    def _note_once(
        self, owner: str, owner_field: str, call: str, message: str, key: str
    ) -> bool:
        """The note and its key's mark in the owner's private metadata, in one
        request; False when the key is marked or the owner is gone."""
        if self._note_marked(owner, owner_field, key) is not False:
            return False
        write = f"""mutation Note($id: ID!, $message: String!,
            $marks: [MetadataInput!]!) {{
          note: {call} {{ errors {{ field code message }} }}
          mark: updatePrivateMetadata(id: $id, input: $marks) {{
            errors {{ field code message }} }} }}"""
        variables = {"id": owner, "message": message, "marks": [_note_mark(key)]}
        try:
            data = self.client.mutate(write, variables)
        except OutcomeUnknown:
            marked = self._note_marked(owner, owner_field, key)
            if marked is not False:
                return bool(marked)  # written by the lost request (or owner gone)
            data = self.client.mutate(write, variables)
        payload(data, "note")
        payload(data, "mark")
        return True

    # Orders and customers -------------------------------------------------------

    def count_paid_orders(
        self, customer: Customer, *, channel_slug: str | None, exclude_order_id: str
    ) -> int:
        if not customer.email and not customer.user_id:
            return 0
        excluded = global_id("Order", exclude_order_id)
        order_filter: dict[str, Any] = {
            "chargeStatus": [status.upper() for status in PAID_CHARGE_STATUSES]
        }
        if channel_slug is not None:
            order_filter["channels"] = [self._channel_id(channel_slug)]
        orders = []
        # An e-mail filter matches the order's e-mail or its customer's
        # (case-insensitively, as the ORM adapter's iexact).
        if customer.email:
            orders = self._orders({**order_filter, "customer": customer.email})
        if customer.user_id:
            user = global_id("User", customer.user_id)
            orders += [
                order
                for order in self._customer_orders(user)
                if order["chargeStatus"].lower() in PAID_CHARGE_STATUSES
                and (channel_slug is None or order["channel"]["slug"] == channel_slug)
            ]
        placed = {
            order["id"]
            for order in orders
            if order["status"].lower() not in NOT_PLACED_STATUSES
            and order["id"] != excluded
        }
        return len(placed)

    def _orders(self, order_filter: dict) -> list[dict]:
        return self._pages(
            """query Orders($filter: OrderFilterInput, $after: String) {
              orders(first: 100, after: $after, filter: $filter) {
                edges { node { id status } } pageInfo { hasNextPage endCursor } } }""",
            {"filter": order_filter},
            ("orders",),
        )

    def _customer_orders(self, user: str) -> list[dict]:
        return self._pages(
            """query UserOrders($id: ID!, $after: String) {
              user(id: $id) { orders(first: 100, after: $after) {
                edges { node { id status chargeStatus channel { slug } } }
                pageInfo { hasNextPage endCursor } } } }""",
            {"id": user},
            ("user", "orders"),
        )

    def _pages(self, document: str, variables: dict, path: tuple[str, ...]) -> list:
        nodes: list[dict] = []
        after = None
        while True:
            data = self.client.query(document, {**variables, "after": after})
            for step in path:
                data = data.get(step) if data else None
            if data is None:
                return nodes
            nodes += [edge["node"] for edge in data["edges"]]
            if not data["pageInfo"]["hasNextPage"]:
                return nodes
            after = data["pageInfo"]["endCursor"]

    def checkout_facts(self, token: str) -> CheckoutFacts | None:
        if _uuid(token) is None:
            return None
        checkout = self.client.query(
            """query Checkout($id: ID!, $code: String!) { checkout(id: $id) {
                channel { slug } email user { id email } voucherCode
                referralCode: metafield(key: $code) } }""",
            {"id": global_id("Checkout", token), "code": REFERRAL_CODE_METADATA_KEY},
        )["checkout"]
        if checkout is None:
            return None
        user = checkout["user"]
        return CheckoutFacts(
            channel_slug=checkout["channel"]["slug"],
            shopper=Shopper(
                user_id=int(pk_of(user["id"])) if user else None,
                email=checkout["email"] or (user["email"] if user else ""),
            ),
            voucher_code=checkout["voucherCode"] or "",
            referral_code=str(checkout["referralCode"] or ""),
        )

    def apply_checkout_code(self, token: str, code: str, network: str = "") -> None:
        """Saleor's checkoutAddPromoCode, then the referral metadata (only once
        the code was accepted)."""
        if _uuid(token) is None:
            raise CheckoutNotFound(token)
        checkout = global_id("Checkout", token)
        try:
            self._mutate(
                "checkoutAddPromoCode",
                """mutation Code($id: ID!, $code: String!) {
                  checkoutAddPromoCode(id: $id, promoCode: $code) {
                    errors { field code message } } }""",
                {"id": checkout, "code": code},
            )
        except MutationError as error:
            if "NOT_FOUND" in error.codes and any(
                e.get("field") in ("id", "checkoutId", "token") for e in error.errors
            ):
                raise CheckoutNotFound(token) from error
            raise PromoCodeRejected(
                " ".join(str(e.get("message")) for e in error.errors)
            ) from error
        values = {REFERRAL_CODE_METADATA_KEY: code}
        if network:
            values[REFERRAL_NETWORK_METADATA_KEY] = network
        self._mutate(
            "updateMetadata",
            """mutation Remember($id: ID!, $marks: [MetadataInput!]!) {
              updateMetadata(id: $id, input: $marks) { errors { code message } } }""",
            {"id": checkout, "marks": _metadata_input(values)},
        )

    def order_facts(self, order_id: str) -> OrderFacts | None:
        if _uuid(order_id) is None:
            return None
        order = self.client.query(
            """query Order($id: ID!, $keys: [String!]) { order(id: $id) {
                number channel { slug } userEmail user { id } voucherCode
                total { gross { amount currency } } totalCharged { amount }
                undiscountedTotal { gross { amount } } metafields(keys: $keys) } }""",
            {
                "id": global_id("Order", order_id),
                "keys": [REFERRAL_CODE_METADATA_KEY, REFERRAL_NETWORK_METADATA_KEY],
            },
        )["order"]
        if order is None:
            return None
        return build_order_facts(
            order_id=order_id,
            number=str(order["number"]),
            channel_slug=order["channel"]["slug"],
            currency=order["total"]["gross"]["currency"],
            total=_decimal(order["total"]["gross"]["amount"]),
            paid=_decimal(order["totalCharged"]["amount"]),
            user_id=int(pk_of(order["user"]["id"])) if order["user"] else None,
            email=order["userEmail"] or "",
            voucher_code=order["voucherCode"] or "",
            metadata=order["metafields"] or {},
            undiscounted_total=_decimal(order["undiscountedTotal"]["gross"]["amount"]),
        )

    def customer_fingerprints(self, user_id: int) -> Fingerprints:
        return self.household_fingerprints(user_id, "")[0]

    def order_fingerprints(self, order_id: str) -> Fingerprints:
        if _uuid(order_id) is None:
            return Fingerprints()
        data = self.client.query(
            f"""query OrderPlaces($order: ID!) {{ order(id: $order) {{
              billingAddress {{ {ADDRESS} }} shippingAddress {{ {ADDRESS} }} }} }}""",
            {"order": global_id("Order", order_id)},
        )
        return _order_prints(data["order"])

    def household_fingerprints(
        self, user_id: int, order_id: str
    ) -> tuple[Fingerprints, Fingerprints]:
        """Both sides in one request."""
        with_order = _uuid(order_id) is not None
        order_part = (
            f"""order(id: $order) {{ billingAddress {{ {ADDRESS} }}
                shippingAddress {{ {ADDRESS} }} }}"""
            if with_order
            else ""
        )
        variables: dict[str, Any] = {"user": global_id("User", user_id)}
        if with_order:
            variables["order"] = global_id("Order", order_id)
        data = self.client.query(
            f"""query Household($user: ID!{", $order: ID!" if with_order else ""}) {{
              user(id: $user) {{ addresses {{ id {ADDRESS} }}
                defaultBillingAddress {{ id {ADDRESS} }}
                defaultShippingAddress {{ id {ADDRESS} }} }}
              {order_part} }}""",
            variables,
        )
        user = data["user"]
        addresses: dict[str, dict] = {}
        if user:
            for address in [
                *user["addresses"],
                user["defaultBillingAddress"],
                user["defaultShippingAddress"],
            ]:
                if address:
                    addresses[address["id"]] = address
        customer = fingerprints_of(_lines(a) for a in addresses.values())
        return customer, _order_prints(data.get("order"))

    def shop_name(self) -> str:
        """Every e-mail names the shop: read once per `SHOP_NAME_SECONDS` per
        instance (a renamed shop shows in e-mails within minutes), not once per
        e-mail (benchmarks/app_end_to_end.py: 4 reads per referred order)."""
        now = time.monotonic()
        if self._shop_name is None or now - self._shop_name[1] > SHOP_NAME_SECONDS:
            name = self.client.query("query Shop { shop { name } }")["shop"]["name"]
            self._shop_name = (name or "", now)
        return self._shop_name[0]

    def page_url(self, channel_slug: str, page: str) -> str:
        """Pages are served by the App in App mode, at the plugin's paths under
        `REFERRALS_PAGES_URL` (the App's public origin); "" when it is unset."""
        origin = getattr(settings, "REFERRALS_PAGES_URL", "").rstrip("/")
        if not origin:
            return ""
        return f"{origin}/plugins/channel/{channel_slug}/{PLUGIN_ID}/{page}"

    # Helpers --------------------------------------------------------------------

    def _channel_id(self, slug: str) -> str:
        if slug not in self._channel_ids:
            channel = self.client.query(
                "query Channel($slug: String!) { channel(slug: $slug) { id } }",
                {"slug": slug},
            )["channel"]
            if channel is None:
                raise LookupError(f"Saleor has no channel {slug!r}")
            self._channel_ids[slug] = channel["id"]
        return self._channel_ids[slug]

    def _mutate(self, name: str, document: str, variables: dict) -> dict:
        return payload(self.client.mutate(document, variables), name)


def _note_mark(key: str) -> dict[str, str]:
    return {"key": f"{NOTE_KEY}:{key}", "value": datetime.now(UTC).isoformat()}


def _metadata_input(values: dict[str, str]) -> list[dict[str, str]]:
    return [{"key": key, "value": value} for key, value in values.items()]


def _decimal(value: object) -> Decimal:
    # Saleor's Money and discount values are GraphQL Floats: via str, not binary.
    return Decimal(str(value))


def _datetime(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _uuid(value: str) -> UUID | None:
    try:
        return UUID(value)
    except (ValueError, TypeError):
        return None


def _lines(address: dict) -> tuple[str, str, str, str, str, str]:
    return (
        address["streetAddress1"] or "",
        address["streetAddress2"] or "",
        address["postalCode"] or "",
        address["city"] or "",
        (address["country"] or {}).get("code") or "",
        address["phone"] or "",
    )


def _order_prints(order: dict | None) -> Fingerprints:
    if not order:
        return Fingerprints()
    return fingerprints_of(
        _lines(address)
        for address in (order["billingAddress"], order["shippingAddress"])
        if address
    )


def _wallet_credit(card: dict) -> WalletCredit:
    return WalletCredit(
        pk_of(card["id"]), card["code"], _decimal(card["currentBalance"]["amount"])
    )


def _check_usable(card: dict, customer: Customer) -> None:
    assigned = card["assignedTo"]
    check_usable(
        pk_of(card["id"]),
        is_active=card["isActive"],
        expiry_date=date.fromisoformat(card["expiryDate"])
        if card["expiryDate"]
        else None,
        assigned_to_id=int(pk_of(assigned["id"])) if assigned else None,
        customer=customer,
    )


def _last_event_pk(card: dict) -> int:
    return max((int(pk_of(event["id"])) for event in card["adjusted"]), default=0)


def _adjustment_after(card: dict, entry: dict) -> Decimal | None:
    """What the balance event announced by `entry` moved, when Saleor has it: the
    first balance adjustment after the announcement moving the balance the way
    the entry says (by its amount, or to zero for a take-back Saleor clamped)."""
    wanted = Decimal(entry["amount"])
    for event in sorted(card["adjusted"], key=lambda e: int(pk_of(e["id"]))):
        if int(pk_of(event["id"])) <= entry["after"] or not event["balance"]:
            continue
        balance = event["balance"]
        old = _decimal((balance["oldCurrentBalance"] or {}).get("amount", 0))
        new = _decimal(balance["currentBalance"]["amount"])
        if new - old == wanted or (wanted < 0 and new == 0 and old < -wanted):
            return new - old
    return None


def for_instance(*, saleor_api_url: str, token: str) -> SaleorGraphQLCommerce:
    """App mode's port for one installed Saleor instance (its GraphQL URL and the
    App token it gave at install): the factory `app.commerce` builds ports with."""
    return SaleorGraphQLCommerce(GraphQLClient(saleor_api_url, token))
