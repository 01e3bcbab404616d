"""Report stage: present an audit report as text (Rich), Markdown or JSON."""
