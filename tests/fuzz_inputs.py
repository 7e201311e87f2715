"""Hostile inputs for the GraphQL fuzz tests, standalone and inside Saleor."""

from __future__ import annotations

import base64

import graphene
from hypothesis import strategies as st

nasty_text = st.one_of(
    st.text(max_size=40),
    st.text(min_size=300, max_size=3000),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "ADA\x00CODE",
            "' OR 1=1 --",
            "'; DROP TABLE saleor_referrals_referral; --",
            "%",
            "_",
            "\\",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "ﷺ",
            "\u202eRTL",
            "a" * 65,
            "default-channel",
        ]
    ),
)


def global_ids() -> st.SearchStrategy[str]:
    return st.one_of(
        nasty_text,
        st.builds(
            lambda kind, pk: graphene.relay.Node.to_global_id(kind, pk),
            st.sampled_from(
                ["Referral", "ReferralReward", "Checkout", "Order", "User"]
            ),
            st.one_of(st.integers(-5, 10**12).map(str), nasty_text),
        ),
        st.binary(max_size=40).map(lambda raw: base64.b64encode(raw).decode()),
    )


def cursors() -> st.SearchStrategy[str]:
    """Cursors we could have written, and offsets no database takes."""
    offsets = st.one_of(
        st.integers(-(2**70), 2**70),
        st.sampled_from([2**63 - 1, 2**63, 10_000_000, 10_000_001, -1]),
    )
    return st.one_of(
        nasty_text,
        offsets.map(lambda offset: base64.b64encode(f"offset:{offset}".encode())),
        st.text(max_size=30).map(lambda text: base64.b64encode(text.encode())),
    ).map(lambda value: value.decode() if isinstance(value, bytes) else value)


OFFSETS = ["", "Z", "+24:00", "-24:00", "+23:59", "-23:59", "+00:00", "+03:30"]


def datetime_texts() -> st.SearchStrategy[str]:
    """What a DateTime scalar may be handed, Python-safe or not."""
    return st.one_of(
        nasty_text,
        st.builds(
            "{:04d}-{:02d}-{:02d}T{:02d}:00:00{}".format,
            st.integers(0, 10000),
            st.integers(1, 12),
            st.integers(1, 28),
            st.integers(0, 24),
            st.sampled_from(OFFSETS),
        ),
        st.sampled_from(
            [
                "+275760-09-13T00:00:00Z",
                "-271821-04-20T00:00:00Z",
                "0001-01-01T00:00:00+01:00",
                "9999-12-31T23:00:00-05:00",
            ]
        ),
        st.datetimes().map(lambda value: value.isoformat()),
    )
