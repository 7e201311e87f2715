"""The referral GraphQL API: plain graphene 2 types and fields.

`schema.py` builds a standalone schema from them (tests, other hosts);
`saleor_schema.py` adds them to Saleor's own schema at /graphql/.
"""
