import { formatMoneyDecimal, NotFoundError } from '@dabba/subgraph-kit';
import { validateProductFields, type Product, type ProductFieldsInput } from '../domain/product';
import { invalidInput, type InvalidCatalogInput } from '../domain/product-results';
import { requireStore, type ProductDeps } from './product-context';

/** Fields to change; absent ones keep their value. The SKU never changes: stock is kept by SKU. */
export type ProductPatch = Partial<Omit<ProductFieldsInput, 'sku'>>;

export type UpdateProductResult = { kind: 'Product'; product: Product } | InvalidCatalogInput;

/** Changes a product's details (archived or not); publishes catalog.product.changed.v1. */
export type UpdateProduct = (
  productId: string,
  patch: ProductPatch,
) => Promise<UpdateProductResult>;

/** Archives a product: it leaves listings and baskets but keeps its id; publishes the change. */
export type ArchiveProduct = (productId: string) => Promise<Product>;

async function requireProduct(deps: ProductDeps, productId: string): Promise<Product> {
  const [product] = await deps.products.findByIds([productId]);
  if (!product) throw new NotFoundError(`No product ${productId}`, { productId });
  return product;
}

async function save(deps: ProductDeps, product: Product, organizationId: string): Promise<void> {
  await deps.unitOfWork.run(async (tx) => {
    if (!(await deps.products.update(product, tx.session))) {
      throw new NotFoundError(`No product ${product.id}`, { productId: product.id });
    }
    tx.publish({
      type: 'catalog.product.changed.v1',
      subject: product.id,
      data: { productId: product.id, storeId: product.storeId },
      tenant: organizationId,
    });
  });
}

const defined = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;

export function makeUpdateProduct(deps: ProductDeps): UpdateProduct {
  return async (productId, patch) => {
    const current = await requireProduct(deps, productId);
    const store = await requireStore(deps, current.storeId);
    const merged: ProductFieldsInput = {
      ...current,
      price: formatMoneyDecimal(current.price),
      ...defined(patch),
      name: patch.name ?? current.name,
      sku: current.sku,
    };
    if (patch.perishable === false && patch.expiresOn === undefined) merged.expiresOn = null;
    const fields = validateProductFields(merged, store.currency);
    if (!fields.ok) return invalidInput(fields.problems);
    const product: Product = { ...current, ...fields.value, updatedAt: deps.now() };
    await save(deps, product, store.organizationId);
    return { kind: 'Product', product };
  };
}

export function makeArchiveProduct(deps: ProductDeps): ArchiveProduct {
  return async (productId) => {
    const current = await requireProduct(deps, productId);
    if (current.archived) return current;
    const store = await requireStore(deps, current.storeId);
    const product: Product = { ...current, archived: true, updatedAt: deps.now() };
    await save(deps, product, store.organizationId);
    return product;
  };
}
