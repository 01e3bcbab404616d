"""The audit: rules over a :class:`~yusuan.model.Disclosure`, findings and reports."""
