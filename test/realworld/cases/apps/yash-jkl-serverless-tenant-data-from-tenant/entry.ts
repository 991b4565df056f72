// Source: yash-jkl/serverless-tenant — src/tenant-data/tenant-data.service.ts (TenantDataService.getDataFromTenant), reduced by hand, not copied
// Label: leak
// Why: the client comes from a pool built for the tenant's database named in the event; `clientDatabase.release()` is the try's last statement, so any failing query goes to the catch, which rethrows without releasing
import { Injectable } from '@nestjs/common';
import { TenantDatabaseService } from './tenant-database.service';

@Injectable()
export class TenantDataService {
  constructor(
    private readonly tenantService: TenantDatabaseService = new TenantDatabaseService(),
    private readonly clientTableService: ClientTableService = new ClientTableService(),
  ) {}

  async getDataFromTenant(clients: any, clientFinancialProfiles: any, parents: any, database: Database) {
    try {
      const clientDatabase = await this.tenantService.getDatabase(database);
      if (parents && !(await this.clientTableService.getClient(clientDatabase, parents))?.rows?.length) {
        await this.clientTableService.createClient(clientDatabase, parents);
      }
      if (!(await this.clientTableService.getClient(clientDatabase, clients))?.rows?.length) {
        await this.clientTableService.createClient(clientDatabase, clients);
        await this.clientTableService.createClientFinancialProfiles(clientDatabase, clientFinancialProfiles);
      } else {
        await this.clientTableService.updateClient(clientDatabase, clients);
      }
      clientDatabase.release();
    } catch (error) {
      console.log(error);
      throw new Error(error);
    }
  }
}
