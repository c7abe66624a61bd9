"""Files a press officer sends on: the kit PDF (photo pack and bundles come next)."""
